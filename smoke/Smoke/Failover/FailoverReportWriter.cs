using System.Globalization;
using System.Text;
using System.Text.Json;
using Smoke.Reporting;

namespace Smoke.Failover;

/// <summary>The drill's report as a table for people and as JSON for scripts (times in ms on the drill clock).</summary>
internal static class FailoverReportWriter
{
    // The program's JSON conventions (indented, relaxed encoder: ' stays ', not \u0027), plus
    // camelCase names and named floating-point literals for the report record.
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonOutput.SerializerOptions)
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Json(FailoverReport report, int exitCode) =>
        JsonSerializer.Serialize(new { report, passed = report.Passed, failures = report.Failures, exitCode }, JsonOptions);

    public static string Table(FailoverReport report)
    {
        var text = new StringBuilder();
        void Line(string name, string value) => text.AppendLine(CultureInfo.InvariantCulture, $"  {name,-34} {value}");

        text.AppendLine(CultureInfo.InvariantCulture, $"Failover drill: {report.Trigger}");
        Line("primary endpoint", report.PrimaryEndpoint);
        Line("reader endpoint", report.ReaderEndpoint);
        Line("keys", $"{report.KeyPrefix}:1..{report.WriteAttempts}");
        Line("failover", report.Failover.Completed
            ? $"completed {Ms(report.Failover.CompletedAtMs - report.TriggeredMs)} after the trigger"
            : $"NOT completed: {report.Failover.Detail}");
        Line("primary node before -> after", $"{report.Failover.PrimaryBefore ?? "?"} -> {report.Failover.PrimaryAfter ?? "?"}");
        Line("writer rate before the trigger", Rate(report.WriteRateBefore, report.Rate) + (report.WaitReplicas ? " (SET + WAIT 1)" : ""));
        Line("reader rate before the trigger", Rate(report.ReadRateBefore, report.Rate));
        Line("trigger -> first failed write", report.TimeToFirstFailedWriteMs is { } first ? Ms(first) : "no write failed");
        Line("write outage", Describe(report.WriteOutage, report.TriggeredMs));
        Line("read outage (reader endpoint)", Describe(report.ReadOutage, report.TriggeredMs));
        Line("writes", $"{report.WritesAcknowledged} acknowledged of {report.WriteAttempts}");
        Line("reads", $"{report.ReadsAnswered} answered of {report.ReadAttempts}");
        foreach (var (label, errors) in new[] { ("write errors", report.WriteErrors), ("read errors", report.ReadErrors) })
        {
            Line(label, errors.Count == 0 ? "none" : string.Join("; ", errors.Select(e => $"{e.Kind} x{e.Count} ({e.Example})")));
        }

        Line("primary endpoint now reaches", report.Roles.PrimaryAfter is { } after
            ? $"{after.Role}{(report.Roles.ReachesFormerReplica is { } former ? former ? ", the former replica" : ", NOT the former replica" : "")}"
            : "unreachable");
        Line("lost acknowledged writes", report.Lost.Missing is { } missing
            ? missing == 0 ? $"0 of {report.Lost.Checked}" : $"{missing} of {report.Lost.Checked}, first: {string.Join(", ", report.Lost.FirstMissing)}"
            : $"not checked: {report.Lost.Detail}");
        Line("cleanup", report.Cleanup.Detail);
        Line("clock", string.Create(CultureInfo.InvariantCulture,
            $"Stopwatch tick {report.Clock.TickNs:0.#} ns, smallest step {report.Clock.SmallestStepNs:0.#} ns, one reading {report.Clock.ReadingCostNs:0.#} ns"));
        foreach (var step in report.Failover.Steps)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"    +{Ms(step.AtMs - report.TriggeredMs),10}  {step.What}");
        }

        text.AppendLine(report.Passed
            ? string.Create(CultureInfo.InvariantCulture, $"PASSED: write outage within {Ms(report.MaxWriteOutageMs)}, no acknowledged write lost")
            : "FAILED: " + string.Join("; ", report.Failures));
        return text.ToString();
    }

    private static string Describe(Outage? outage, double triggeredMs) => outage switch
    {
        null => "no attempt",
        { ToMs: null } => $"NOT recovered: no success since +{Ms(outage.FromMs - triggeredMs)} ({outage.FailedAttempts} failed)",
        { FailedAttempts: 0 } => $"none (longest gap between successes {Ms(outage.DurationMs)})",
        _ => $"{Ms(outage.DurationMs)} (+{Ms(outage.FromMs - triggeredMs)} to +{Ms(outage.ToMs - triggeredMs)} after the trigger, {outage.FailedAttempts} failed)",
    };

    private static string Rate(double achieved, int asked) => string.Create(CultureInfo.InvariantCulture, $"{achieved:0.#}/s (asked {asked}/s)");

    private static string Ms(double? ms) => ms is { } value ? string.Create(CultureInfo.InvariantCulture, $"{value:0.0} ms") : "?";
}
