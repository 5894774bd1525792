using System.Globalization;
using Smoke.Cli;

namespace Smoke.Bench;

/// <summary>
/// Parses <c>smoke bench [target flags] [workload flags]</c>: target flags go to the smoke check's
/// <see cref="TargetOptionsParser"/> (same sources, overrides, TLS, AUTH, timeouts), the workload
/// flags are validated here against their ranges. Every problem names the flag, the value given
/// and what is allowed; together they make one <see cref="UsageException"/> (exit 2).
/// </summary>
public static class BenchCommandLine
{
    public const string Subcommand = "bench";

    public static readonly string Usage = $"""
        Usage: smoke bench [flags]

        Load probe: drives SET on the primary and GET on the reader (or primary) and reports
        ops/s, latency p50/p90/p99/p99.9/max and errors per endpoint and operation, plus the
        replication lag under load. Writes only keys under bench:<run id>: (with a TTL) and
        deletes them at the end, also after a failure or Ctrl+C.

        {TargetOptionsParser.Usage}
          Workload:
            --duration <t>            measured time (default 10s; 1s..1h); t: 500ms, 10s, 1.5
            --requests <n>            measured operations instead of a duration (1..10^12)
            --warmup <t>              unmeasured load first (default 1s; 0..10m)
            --in-flight <n>           requests in flight in total, like redis-benchmark -c: that many
                                      clients, each waiting for its reply before sending again
                                      (default 50; 1..10000)
            --connections <n>         sockets the clients share (default = --in-flight; 1..--in-flight)
            --pipeline <n>            commands per client request, like redis-benchmark -P (default 1; 1..1000)
            --value-size <bytes>      SET value size (default 100; 1..1048576)
            --keyspace <n>            distinct keys, picked at random (default 10000; 1..10000000)
            --ratio <r:w|share>       reads:writes (1:1, 9:1, 0:1, 1:0) or the read share 0..1 (default 1:1);
                                      it splits the clients in flight
            --read-from <where>       reader | primary | both (default reader)
            --lag-interval <t>        replication-lag marker period (default 100ms; 10ms..60s; 0 = off)
            --threads <n>             event-loop threads driving the connections, plain or TLS
                                      (default cores - 1, at least 1; 1..64)
            --no-prefill              do not write the key space before a reading workload (reads of
                                      missing keys answer nil; for comparisons with tools that do so)
            --json                    machine-readable report on standard output
            -h, --help                this text
          --command-timeout bounds every reply wait (a stalled server fails the run); progress goes
          to standard error.

        Exit codes: 0 completed without errors, 1 failed (connection lost, error replies, lag
        markers unseen, cleanup failed, Ctrl+C), 2 bad input or a refused endpoint (the primary
        endpoint is not a master).
        """;

    private const long MaxEncodedBytes = 1L << 30;

    private static readonly TimeSpan LongestDuration = TimeSpan.FromHours(1);

    public static ParsedCommand Parse(IReadOnlyList<string> args)
    {
        var problems = new List<string>();
        var target = new TargetOptions();
        var workload = BenchOptions.Default;
        var json = false;
        int? connections = null;
        var cursor = new ArgumentCursor(args);
        while (cursor.TryNext(out var flag))
        {
            if (TargetOptionsParser.TryApply(flag, cursor, ref target, problems))
            {
                continue;
            }

            switch (flag)
            {
                case "-h":
                case "--help":
                    return new BenchHelpCommand();
                case "--json":
                    cursor.RejectValue(flag, problems);
                    json = true;
                    break;
                case "--duration":
                    if (Time(flag, cursor, problems, TimeSpan.FromSeconds(1), LongestDuration, "1s..1h") is { } duration)
                    {
                        workload = workload with { Duration = duration, Requests = null };
                    }

                    break;
                case "--requests":
                    if (Integer(flag, cursor, problems, 1, 1_000_000_000_000) is { } requests)
                    {
                        workload = workload with { Requests = requests, Duration = null };
                    }

                    break;
                case "--warmup":
                    workload = workload with { Warmup = Time(flag, cursor, problems, TimeSpan.Zero, TimeSpan.FromMinutes(10), "0..10m") ?? workload.Warmup };
                    break;
                case "--in-flight":
                    workload = workload with { InFlight = (int)(Integer(flag, cursor, problems, 1, 10_000) ?? workload.InFlight) };
                    break;
                case "--connections":
                    connections = (int?)Integer(flag, cursor, problems, 1, 10_000);
                    break;
                case "--pipeline":
                    workload = workload with { Pipeline = (int)(Integer(flag, cursor, problems, 1, 1_000) ?? workload.Pipeline) };
                    break;
                case "--value-size":
                    workload = workload with { ValueSize = (int)(Integer(flag, cursor, problems, 1, 1_048_576) ?? workload.ValueSize) };
                    break;
                case "--keyspace":
                    workload = workload with { KeySpace = (int)(Integer(flag, cursor, problems, 1, 10_000_000) ?? workload.KeySpace) };
                    break;
                case "--ratio":
                    workload = workload with { ReadShare = Ratio(flag, cursor, problems) ?? workload.ReadShare };
                    break;
                case "--read-from":
                    workload = workload with { ReadFrom = ReadFrom(flag, cursor, problems) ?? workload.ReadFrom };
                    break;
                case "--threads":
                    workload = workload with { Threads = (int)(Integer(flag, cursor, problems, 1, 64) ?? workload.Threads) };
                    break;
                case "--no-prefill":
                    cursor.RejectValue(flag, problems);
                    workload = workload with { Prefill = false };
                    break;
                case "--lag-interval":
                    workload = workload with
                    {
                        LagInterval = Time(flag, cursor, problems, TimeSpan.FromMilliseconds(10), TimeSpan.FromSeconds(60), "10ms..60s, or 0 to turn the sampler off") ?? workload.LagInterval,
                    };
                    break;
                default:
                    problems.Add(flag.StartsWith('-')
                        ? $"unknown flag '{flag}' (see smoke bench --help)"
                        : $"unexpected argument '{flag}' (see smoke bench --help)");
                    break;
            }
        }

        workload = workload with { Connections = connections ?? workload.InFlight };
        ValidateTogether(workload, problems);
        TargetOptionsParser.Validate(target, problems);
        if (problems.Count > 0)
        {
            throw new UsageException(problems);
        }

        return new BenchCommand(new BenchCliOptions(target, workload, json));
    }

    private static void ValidateTogether(BenchOptions workload, List<string> problems)
    {
        if (workload.Connections > workload.InFlight)
        {
            problems.Add($"--connections: got {workload.Connections}; allowed: 1..{workload.InFlight} (at most one connection per request in flight, --in-flight {workload.InFlight})");
        }

        // Every client's batch is pre-encoded (SET: the value included), so this bounds the memory the probe takes.
        var encodedBytes = (long)workload.InFlight * workload.Pipeline * (workload.ValueSize + 64L);
        if (encodedBytes > MaxEncodedBytes)
        {
            problems.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"--in-flight {workload.InFlight} x --pipeline {workload.Pipeline} x --value-size {workload.ValueSize}: {encodedBytes / (1 << 20):N0} MiB of pre-encoded commands; allowed: at most {MaxEncodedBytes / (1 << 20)} MiB (lower one of them)"));
        }

        var parts = BenchPlan.PartsOf(workload).Count;
        if (workload.InFlight < parts)
        {
            problems.Add($"--in-flight: got {workload.InFlight}; allowed: {parts}..10000 for this workload (--ratio and --read-from make {parts} parts, each needs a request in flight)");
        }

        if (workload.Connections < parts)
        {
            problems.Add($"--connections: got {workload.Connections}; allowed: {parts}..{workload.InFlight} for this workload (--ratio and --read-from make {parts} parts, each needs a connection)");
        }
    }

    private static TimeSpan? Time(string flag, ArgumentCursor cursor, List<string> problems, TimeSpan min, TimeSpan max, string allowed)
    {
        var text = cursor.TakeValue(flag, "a time such as 500ms, 10s or 1.5", problems);
        if (text is null)
        {
            return null;
        }

        // Durations.TryParse takes positive times up to an hour; a zero warm-up or lag interval is spelled out.
        if (min == TimeSpan.Zero || flag == "--lag-interval")
        {
            if (text is "0" or "0s" or "0ms" or "off")
            {
                return TimeSpan.Zero;
            }
        }

        if (Durations.TryParse(text, out var value) && value >= min && value <= max)
        {
            return value;
        }

        problems.Add($"{flag}: got '{text}'; allowed: {allowed} (a time such as 500ms, 10s or 1.5)");
        return null;
    }

    private static long? Integer(string flag, ArgumentCursor cursor, List<string> problems, long min, long max)
    {
        var text = cursor.TakeValue(flag, "a whole number", problems);
        if (text is null)
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        problems.Add(string.Create(CultureInfo.InvariantCulture, $"{flag}: got '{text}'; allowed: a whole number from {min} to {max}"));
        return null;
    }

    /// <summary>reads:writes (1:1, 9:1, 0:1, 1:0) or the read share as a number from 0 to 1.</summary>
    internal static double? ParseRatio(string text)
    {
        static bool TryNumber(string s, out double v) =>
            double.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out v) && v >= 0 && double.IsFinite(v);
        var parts = text.Split(':');
        if (parts.Length == 2 && TryNumber(parts[0], out var reads) && TryNumber(parts[1], out var writes) && reads + writes > 0)
        {
            return reads / (reads + writes);
        }

        return parts.Length == 1 && TryNumber(parts[0], out var share) && share <= 1 ? share : null;
    }

    private static double? Ratio(string flag, ArgumentCursor cursor, List<string> problems)
    {
        var text = cursor.TakeValue(flag, "reads:writes or a read share", problems);
        if (text is null)
        {
            return null;
        }

        var share = ParseRatio(text);
        if (share is null)
        {
            problems.Add($"{flag}: got '{text}'; allowed: reads:writes with numbers >= 0, not both 0 (1:1, 9:1, 0:1), or a read share from 0 to 1 (0.5)");
        }

        return share;
    }

    private static ReadTarget? ReadFrom(string flag, ArgumentCursor cursor, List<string> problems)
    {
        var text = cursor.TakeValue(flag, "reader, primary or both", problems);
        switch (text)
        {
            case null:
                return null;
            case "reader":
                return ReadTarget.Reader;
            case "primary":
                return ReadTarget.Primary;
            case "both":
                return ReadTarget.Both;
            default:
                problems.Add($"{flag}: got '{text}'; allowed: reader, primary or both");
                return null;
        }
    }
}
