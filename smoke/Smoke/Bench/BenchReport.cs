namespace Smoke.Bench;

/// <summary>The figures of one workload part (an operation on one endpoint) over the measured time.</summary>
internal sealed record OperationResult(
    string Operation,
    string Endpoint,
    string Address,
    int Clients,
    int Connections,
    long Operations,
    double OperationsPerSecond,
    LatencySummary Latency,
    IReadOnlyDictionary<string, long> Errors)
{
    public long ErrorCount => Errors.Values.Sum();
}

/// <summary>Replication lag seen by the marker sampler, in milliseconds.</summary>
internal sealed record LagResult(double IntervalMs, long Samples, int Unseen, double P50, double P99, double Max);

/// <summary>The untimed key-space fill before a reading workload: how many keys, and how long it took.</summary>
internal sealed record PrefillResult(int Keys, double Seconds)
{
    public string Detail => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"prefilled {Keys:N0} keys in {Seconds:0.000} s");
}

/// <summary>What one probe run measured, how it ended, and whether its keys were removed.</summary>
internal sealed record BenchReport(
    string RunId,
    BenchOptions Options,
    string PrimaryRole,
    string ReaderRole,
    double MeasuredSeconds,
    IReadOnlyList<OperationResult> Operations,
    LagResult? Lag,
    string? Failure,
    bool Interrupted,
    bool CleanedUp,
    string Cleanup)
{
    /// <summary>The key-space fill; null when the workload does not read or <c>--no-prefill</c> turned it off.</summary>
    public PrefillResult? Prefill { get; init; }

    /// <summary>Share of the measured operations that were reads (the --ratio splits clients; this is the mix they produced).</summary>
    public double AchievedReadShare
    {
        get
        {
            var total = Operations.Sum(o => o.Operations);
            return total == 0 ? 0 : Operations.Where(o => o.Operation == "GET").Sum(o => o.Operations) / (double)total;
        }
    }

    /// <summary>130 when Ctrl+C stopped it; 0 when the run completed without any error, unseen marker or leftover key; 1 otherwise.</summary>
    public int ExitCode =>
        Interrupted ? Cli.ExitCodes.Interrupted
        : Failure is null && CleanedUp && Operations.All(o => o.ErrorCount == 0) && (Lag?.Unseen ?? 0) == 0 ? 0 : 1;
}
