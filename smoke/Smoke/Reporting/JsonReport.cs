using System.Text.Json;
using Smoke.Checks;

namespace Smoke.Reporting;

/// <summary>
/// The machine report (--json): verdict, exit code, target, and every check with name, endpoint,
/// status, duration and detail. Field names are part of the program's interface: add, never rename.
/// </summary>
public static class JsonReport
{
    public static void Write(SmokeReport report, int exitCode, TextWriter output)
    {
        output.WriteLine(JsonOutput.Format(json =>
        {
            json.WriteStartObject();
            json.WriteString("result", report.Passed ? "passed" : "failed");
            json.WriteNumber("exitCode", exitCode);
            json.WriteNumber("durationMs", Math.Round(report.Duration.TotalMilliseconds, 1));
            json.WriteStartObject("target");
            json.WriteString("primary", report.Target.Primary.Describe());
            json.WriteString("reader", report.Target.Reader.Describe());
            json.WriteBoolean("tls", report.Target.Tls);
            json.WriteBoolean("auth", report.Target.AuthToken is not null);
            if (report.Target.User is { } user)
            {
                json.WriteString("user", user);
            }
            json.WriteEndObject();
            json.WriteStartArray("checks");
            foreach (var check in report.Checks)
            {
                json.WriteStartObject();
                json.WriteString("name", check.Name);
                json.WriteString("endpoint", check.Endpoint?.ToString().ToLowerInvariant());
                json.WriteString("status", check.Status.ToString().ToLowerInvariant());
                json.WriteNumber("durationMs", Math.Round(check.Duration.TotalMilliseconds, 1));
                json.WriteString("detail", check.Detail);
                if (check.Hint is { Length: > 0 } hint)
                {
                    json.WriteString("hint", hint);
                }

                if (check.Note is { Length: > 0 } note)
                {
                    json.WriteString("note", note);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }));
    }
}
