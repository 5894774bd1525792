using System.CommandLine;
using System.Globalization;
using Smoke.Cli;

namespace Smoke.Bench;

/// <summary>
/// <c>smoke bench [target flags] [workload flags]</c>: the target flags are the smoke check's
/// (<see cref="TargetOptionSet"/>: same sources, overrides, TLS, AUTH, timeouts), the workload
/// flags are checked here against their ranges and together. Every problem names the flag, the
/// value given and what is allowed (exit 2).
/// </summary>
public static class BenchCommandLine
{
    public const string Name = "bench";

    private const string Description = """
        Load probe: drives SET on the primary and GET on the reader (or primary) and reports ops/s,
        latency p50/p90/p99/p99.9/max and errors per endpoint and operation, plus the replication
        lag under load. Writes only keys under bench:<run id>: (with a TTL) and deletes them at the
        end, also after a failure or Ctrl+C. --command-timeout bounds every reply wait (a stalled
        server fails the run); progress goes to standard error.

        Exit codes: 0 completed without errors, 1 failed (connection lost, error replies, lag
        markers unseen, cleanup failed), 2 bad input or a refused endpoint (the primary endpoint
        is not a master), 130 interrupted (Ctrl+C: the figures until then, keys removed).
        """;

    private const long MaxEncodedBytes = 1L << 30;

    public static Command Create(CliContext context)
    {
        var command = new Command(Name, Description);
        var target = new TargetOptionSet();
        target.AddTo(command);
        var workload = new WorkloadOptions();
        foreach (var option in workload.All)
        {
            command.Add(option);
        }

        command.SetAction(async (result, interrupt) =>
        {
            var json = result.GetValue(workload.Json);
            BenchCliOptions options;
            try
            {
                options = new BenchCliOptions(target.Bind(result), workload.Bind(result), json);
            }
            catch (UsageException e)
            {
                return SmokeCli.BadInput(e, context, json);
            }

            return await BenchCli.RunAsync(options, context, interrupt).ConfigureAwait(false);
        });
        return command;
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

    /// <summary>The workload flags, each with its range; <see cref="Bind"/> checks them together.</summary>
    private sealed class WorkloadOptions
    {
        private readonly Option<TimeSpan?> _duration = OptionKinds.BoundedDuration(
            "--duration", "measured time (default 10s; 1s..1h)", TimeSpan.FromSeconds(1), TimeSpan.FromHours(1), "1s..1h", zeroAllowed: false);

        private readonly Option<long?> _requests = OptionKinds.Integer(
            "--requests", "n", "measured operations instead of a duration (1..10^12)", 1, 1_000_000_000_000);

        private readonly Option<TimeSpan?> _warmup = OptionKinds.BoundedDuration(
            "--warmup", "unmeasured load first (default 1s; 0..10m)", TimeSpan.Zero, TimeSpan.FromMinutes(10), "0..10m", zeroAllowed: true);

        private readonly Option<long?> _inFlight = OptionKinds.Integer(
            "--in-flight", "n", "requests in flight in total, like redis-benchmark -c: that many clients, each waiting for its reply before sending again (default 50; 1..10000)", 1, 10_000);

        private readonly Option<long?> _connections = OptionKinds.Integer(
            "--connections", "n", "sockets the clients share (default = --in-flight; 1..--in-flight)", 1, 10_000);

        private readonly Option<long?> _pipeline = OptionKinds.Integer(
            "--pipeline", "n", "commands per client request, like redis-benchmark -P (default 1; 1..1000)", 1, 1_000);

        private readonly Option<long?> _valueSize = OptionKinds.Integer(
            "--value-size", "bytes", "SET value size (default 100; 1..1048576)", 1, 1_048_576);

        private readonly Option<long?> _keySpace = OptionKinds.Integer(
            "--keyspace", "n", "distinct keys, picked at random (default 10000; 1..10000000)", 1, 10_000_000);

        private readonly Option<double?> _ratio = OptionKinds.Parsed<double?>(
            "--ratio",
            "r:w|share",
            "reads:writes (1:1, 9:1, 0:1, 1:0) or the read share 0..1 (default 1:1); it splits the clients in flight",
            text => ParseRatio(text) is { } share
                ? (share, null)
                : (null, $"--ratio: got '{text}'; allowed: reads:writes with numbers >= 0, not both 0 (1:1, 9:1, 0:1), or a read share from 0 to 1 (0.5)"));

        private readonly Option<ReadTarget?> _readFrom = OptionKinds.Parsed<ReadTarget?>(
            "--read-from",
            "reader|primary|both",
            "where the reads go (default reader)",
            text => text switch
            {
                "reader" => (ReadTarget.Reader, null),
                "primary" => (ReadTarget.Primary, null),
                "both" => (ReadTarget.Both, null),
                _ => (null, $"--read-from: got '{text}'; allowed: reader, primary or both"),
            });

        private readonly Option<TimeSpan?> _lagInterval = OptionKinds.BoundedDuration(
            "--lag-interval", "replication-lag marker period (default 100ms; 10ms..60s; 0 = off)", TimeSpan.FromMilliseconds(10), TimeSpan.FromSeconds(60), "10ms..60s, or 0 to turn the sampler off", zeroAllowed: true);

        private readonly Option<long?> _threads = OptionKinds.Integer(
            "--threads", "n", "event-loop threads driving the connections, plain or TLS (default cores - 1, at least 1; 1..64)", 1, 64);

        private readonly Option<bool> _noPrefill = OptionKinds.Switch(
            "--no-prefill", "do not write the key space before a reading workload (reads of missing keys answer nil; for comparisons with tools that do so)");

        public Option<bool> Json { get; } = OptionKinds.Switch("--json", "machine-readable report on standard output");

        public IEnumerable<Option> All =>
        [
            _duration, _requests, _warmup, _inFlight, _connections, _pipeline, _valueSize, _keySpace, _ratio, _readFrom,
            _lagInterval, _threads, _noPrefill, Json,
        ];

        public BenchOptions Bind(ParseResult result)
        {
            var defaults = BenchOptions.Default;
            var requests = result.GetValue(_requests);
            var inFlight = (int)(result.GetValue(_inFlight) ?? defaults.InFlight);
            var workload = defaults with
            {
                Duration = requests is null ? result.GetValue(_duration) ?? defaults.Duration : null,
                Requests = requests,
                Warmup = result.GetValue(_warmup) ?? defaults.Warmup,
                InFlight = inFlight,
                Connections = (int)(result.GetValue(_connections) ?? inFlight),
                Pipeline = (int)(result.GetValue(_pipeline) ?? defaults.Pipeline),
                ValueSize = (int)(result.GetValue(_valueSize) ?? defaults.ValueSize),
                KeySpace = (int)(result.GetValue(_keySpace) ?? defaults.KeySpace),
                ReadShare = result.GetValue(_ratio) ?? defaults.ReadShare,
                ReadFrom = result.GetValue(_readFrom) ?? defaults.ReadFrom,
                LagInterval = result.GetValue(_lagInterval) ?? defaults.LagInterval,
                Threads = (int)(result.GetValue(_threads) ?? defaults.Threads),
                Prefill = !result.GetValue(_noPrefill),
            };
            var problems = new List<string>();
            if (result.Given(_duration) && requests is not null)
            {
                problems.Add("--duration and --requests: give at most one (a run is bounded by time or by operations)");
            }

            ValidateTogether(workload, problems);
            return problems.Count == 0 ? workload : throw new UsageException(problems);
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
    }
}
