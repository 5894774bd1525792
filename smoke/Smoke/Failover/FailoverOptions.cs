using Smoke.Cli;

namespace Smoke.Failover;

/// <summary>`smoke failover`'s options: the target (as check and bench take it) and the drill's own flags.</summary>
internal sealed record FailoverOptions(TargetOptions Target)
{
    public const int DefaultRate = 200;
    public const string DefaultNodeGroup = "0001";

    /// <summary>
    /// AWS documents no failover duration as a number: "Minimizing downtime in ElastiCache by using
    /// Multi-AZ with Valkey and Redis OSS" says writing can resume "as soon as promotion is complete"
    /// and that a write interruption related to DNS updates may take a few seconds (planned
    /// replacements, engines 4.0.10 or earlier); detection comes before that. 30 s allows for detection, promotion, the DNS change and a client's reconnect (docs/failover.md).
    /// </summary>
    public static readonly TimeSpan DefaultMaxWriteOutage = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan DefaultObserve = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan DefaultWaitTimeout = TimeSpan.FromMilliseconds(100);
    public static readonly TimeSpan DefaultFreeze = TimeSpan.FromSeconds(1);

    /// <summary>The drill's default per-command and connect timeout: an application's, not the check's 5 s.</summary>
    public static readonly TimeSpan DefaultDrillTimeout = TimeSpan.FromSeconds(1);

    public bool Yes { get; init; }

    public int Rate { get; init; } = DefaultRate;

    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    public TimeSpan MaxWriteOutage { get; init; } = DefaultMaxWriteOutage;

    /// <summary>--wait-replicas: WAIT 1 &lt;ms&gt; after each write (null: off).</summary>
    public TimeSpan? WaitReplicas { get; init; }

    public TimeSpan Observe { get; init; } = DefaultObserve;

    public TimeSpan PollInterval { get; init; } = DefaultPollInterval;

    public TimeSpan Freeze { get; init; } = DefaultFreeze;

    public bool Local { get; init; }

    public bool Json { get; init; }

    public string? ReplicationGroupId { get; init; }

    public string NodeGroupId { get; init; } = DefaultNodeGroup;

    public DrillSettings Settings => new()
    {
        Rate = Rate,
        WaitReplicaMs = WaitReplicas is { } wait ? (int)Math.Ceiling(wait.TotalMilliseconds) : null,
        MaxWriteOutage = MaxWriteOutage,
        Observe = Observe,
        Timeout = Timeout,
    };
}
