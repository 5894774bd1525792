using System.Text.Json;
using Smoke.Cli;

namespace Smoke.Reporting;

/// <summary>
/// What --json prints on standard output for bad input or usage (exit code 2), for the smoke
/// check and the load probe alike, so a pipeline that parses the output gets the reason.
/// </summary>
public static class UsageErrorJson
{
    public const string Verdict = "usage error";

    public static void Write(UsageException error, TextWriter output)
    {
        output.WriteLine(JsonOutput.Format(json =>
        {
            json.WriteStartObject();
            json.WriteString("verdict", Verdict);
            json.WriteNumber("exitCode", ExitCodes.BadInput);
            json.WriteString("message", string.Join("; ", error.Problems));
            json.WriteStartArray("problems");
            foreach (var problem in error.Problems)
            {
                json.WriteStringValue(problem);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }));
    }
}
