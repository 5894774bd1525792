using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Smoke.Bench;

/// <summary>Renders a <see cref="BenchReport"/> as the readable table or as the <c>--json</c> document.</summary>
internal static class BenchReportWriter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Table(BenchReport report)
    {
        var o = report.Options;
        var text = new StringBuilder();
        var bound = o.Duration is { } d ? $"{d.TotalSeconds:0.###} s" : $"{o.Requests:N0} requests";
        text.AppendLine(Invariant, $"bench run {report.RunId}: {bound} after {o.Warmup.TotalSeconds:0.###} s warm-up; "
            + $"{o.InFlight} in flight on {o.Connections} connections ({o.Threads} event-loop thread{(o.Threads == 1 ? string.Empty : "s")}), pipeline {o.Pipeline}, {o.ValueSize}-byte values, "
            + $"{o.KeySpace:N0} keys, read share {o.ReadShare:0.##}, reads from {o.ReadFrom.ToString().ToLowerInvariant()}");
        text.AppendLine(Invariant, $"roles: primary {report.PrimaryRole}, reader {report.ReaderRole}; measured {report.MeasuredSeconds:0.000} s; reads were {report.AchievedReadShare:0.00} of the operations");
        if (PrefillText(report) is { } prefill)
        {
            text.AppendLine(Invariant, $"key space: {prefill}");
        }
        text.AppendLine();
        text.AppendLine(Invariant, $"{"op",-4} {"endpoint",-8} {"address",-22} {"clients",7} {"conns",5} {"ops",12} {"ops/s",11} {"p50 ms",8} {"p90 ms",8} {"p99 ms",8} {"p99.9 ms",9} {"max ms",8}  errors");
        foreach (var r in report.Operations)
        {
            var l = r.Latency;
            var errors = r.Errors.Count == 0 ? "0" : string.Join(", ", r.Errors.Select(e => $"{e.Key} {e.Value:N0}"));
            text.AppendLine(Invariant, $"{r.Operation,-4} {r.Endpoint,-8} {r.Address,-22} {r.Clients,7} {r.Connections,5} {r.Operations,12:N0} {r.OperationsPerSecond,11:N0} {l.P50,8:0.000} {l.P90,8:0.000} {l.P99,8:0.000} {l.P999,9:0.000} {l.Max,8:0.000}  {errors}");
        }

        text.AppendLine();
        if (report.Lag is { } lag)
        {
            text.AppendLine(Invariant, $"replication lag (marker every {lag.IntervalMs:0.###} ms): {lag.Samples:N0} samples, p50 {lag.P50:0.000} ms, p99 {lag.P99:0.000} ms, max {lag.Max:0.000} ms, unseen {lag.Unseen}");
        }
        else
        {
            text.AppendLine("replication lag: not sampled (--lag-interval 0)");
        }

        text.AppendLine(Invariant, $"cleanup: {report.Cleanup}");
        text.AppendLine(Verdict(report));
        return text.ToString();
    }

    /// <summary>What became of the key-space fill; null when the workload does not read.</summary>
    private static string? PrefillText(BenchReport report) =>
        report.Prefill is { } prefill ? $"{prefill.Detail} (untimed, before the warm-up), so reads hit"
        : !report.Options.Reads ? null
        : report.Options.Prefill ? "not filled (the run stopped before the fill)"
        : "not prefilled (--no-prefill): reads of keys no SET has written yet answer nil";

    public static string Verdict(BenchReport report)
    {
        if (report.ExitCode == 0)
        {
            return "verdict: completed";
        }

        if (report.Interrupted)
        {
            // Said once, here: the interrupt is the reason, whatever stopping the load then caused.
            return "verdict: interrupted (Ctrl+C); the figures cover the time until then" + (report.CleanedUp ? "" : "; " + report.Cleanup);
        }

        var reasons = new List<string>();
        if (report.Failure is { } failure)
        {
            reasons.Add(failure);
        }

        foreach (var r in report.Operations.Where(r => r.ErrorCount > 0))
        {
            reasons.Add(string.Create(Invariant, $"{r.Operation} {r.Endpoint}: {r.ErrorCount:N0} error replies"));
        }

        if (report.Lag is { Unseen: > 0 } lag)
        {
            reasons.Add($"{lag.Unseen} lag markers never reached the reader within the reply timeout: replication is broken or far behind");
        }

        if (!report.CleanedUp)
        {
            reasons.Add(report.Cleanup);
        }

        return "verdict: FAILED: " + string.Join("; ", reasons);
    }

    public static string Json(BenchReport report)
    {
        return Reporting.JsonOutput.Format(json =>
        {
            var o = report.Options;
            json.WriteStartObject();
            json.WriteString("runId", report.RunId);
            json.WriteString("verdict", report.Interrupted ? "interrupted" : report.ExitCode == 0 ? "completed" : "failed");
            json.WriteNumber("exitCode", report.ExitCode);
            if (report.Failure is null)
            {
                json.WriteNull("failure");
            }
            else
            {
                json.WriteString("failure", report.Failure);
            }

            json.WriteBoolean("interrupted", report.Interrupted);
            json.WriteStartObject("workload");
            if (o.Duration is { } duration)
            {
                json.WriteNumber("durationSeconds", duration.TotalSeconds);
            }
            else
            {
                json.WriteNumber("requests", o.Requests ?? 0);
            }

            json.WriteNumber("warmupSeconds", o.Warmup.TotalSeconds);
            json.WriteNumber("inFlight", o.InFlight);
            json.WriteNumber("connections", o.Connections);
            json.WriteNumber("pipeline", o.Pipeline);
            json.WriteNumber("threads", o.Threads);
            json.WriteNumber("valueSize", o.ValueSize);
            json.WriteNumber("keyspace", o.KeySpace);
            json.WriteNumber("readShare", o.ReadShare);
            json.WriteString("readFrom", o.ReadFrom.ToString().ToLowerInvariant());
            json.WriteBoolean("prefill", o.Prefill);
            json.WriteEndObject();
            if (report.Prefill is { } prefill)
            {
                json.WriteStartObject("prefill");
                json.WriteNumber("keys", prefill.Keys);
                json.WriteNumber("seconds", Math.Round(prefill.Seconds, 6));
                json.WriteString("detail", PrefillText(report));
                json.WriteEndObject();
            }
            else if (PrefillText(report) is { } why)
            {
                json.WriteStartObject("prefill");
                json.WriteNumber("keys", 0);
                json.WriteString("detail", why);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("prefill");
            }

            json.WriteString("primaryRole", report.PrimaryRole);
            json.WriteString("readerRole", report.ReaderRole);
            json.WriteNumber("measuredSeconds", Math.Round(report.MeasuredSeconds, 6));
            json.WriteNumber("achievedReadShare", Math.Round(report.AchievedReadShare, 4));
            json.WriteStartArray("operations");
            foreach (var r in report.Operations)
            {
                json.WriteStartObject();
                json.WriteString("operation", r.Operation);
                json.WriteString("endpoint", r.Endpoint);
                json.WriteString("address", r.Address);
                json.WriteNumber("clients", r.Clients);
                json.WriteNumber("connections", r.Connections);
                json.WriteNumber("operations", r.Operations);
                json.WriteNumber("opsPerSecond", Math.Round(r.OperationsPerSecond, 1));
                json.WriteStartObject("latencyMs");
                json.WriteNumber("p50", r.Latency.P50);
                json.WriteNumber("p90", r.Latency.P90);
                json.WriteNumber("p99", r.Latency.P99);
                json.WriteNumber("p99_9", r.Latency.P999);
                json.WriteNumber("max", r.Latency.Max);
                json.WriteEndObject();
                json.WriteStartObject("errors");
                foreach (var (kind, count) in r.Errors)
                {
                    json.WriteNumber(kind, count);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (report.Lag is { } lag)
            {
                json.WriteStartObject("replicationLagMs");
                json.WriteNumber("intervalMs", lag.IntervalMs);
                json.WriteNumber("samples", lag.Samples);
                json.WriteNumber("unseen", lag.Unseen);
                json.WriteNumber("p50", lag.P50);
                json.WriteNumber("p99", lag.P99);
                json.WriteNumber("max", lag.Max);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("replicationLagMs");
            }

            json.WriteStartObject("cleanup");
            json.WriteBoolean("done", report.CleanedUp);
            json.WriteString("detail", report.Cleanup);
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }
}
