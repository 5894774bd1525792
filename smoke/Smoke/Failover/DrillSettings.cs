namespace Smoke.Failover;

/// <summary>
/// How the drill runs: writer/reader rate, WAIT for a replica, the verdict's bound, how long
/// traffic runs before the trigger and after the failover completed.
/// </summary>
internal sealed record DrillSettings
{
    public int Rate { get; init; } = FailoverOptions.DefaultRate;

    /// <summary>--wait-replicas: WAIT 1 &lt;ms&gt; after each SET (null: off).</summary>
    public int? WaitReplicaMs { get; init; }

    public TimeSpan MaxWriteOutage { get; init; } = FailoverOptions.DefaultMaxWriteOutage;

    public TimeSpan Before { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan Observe { get; init; } = FailoverOptions.DefaultObserve;

    /// <summary>Bounds the whole drill; the keys' TTL is derived from it.</summary>
    public TimeSpan Timeout { get; init; } = FailoverOptions.DefaultTimeout;
}
