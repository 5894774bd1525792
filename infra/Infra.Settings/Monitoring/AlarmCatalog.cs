namespace Infra.Settings;

/// <summary>
/// The recommended alarm set, one alarm per metric and node. Thresholds, periods and datapoints
/// follow CloudWatch's "Recommended alarms" for ElastiCache
/// (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html#ElastiCache)
/// and the ElastiCache guide's "Which metrics should I monitor?"
/// (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.WhichShouldIMonitor.html).
/// </summary>
public static class AlarmCatalog
{
    public const string Namespace = "AWS/ElastiCache";
    public const string Dimension = "CacheClusterId";

    /// <summary>ElastiCache's limit of client connections per node (same guide, CurrConnections).</summary>
    public const int MaxConnectionsPerNode = 65000;

    /// <summary>CPUUtilization is only alarmed on nodes this small: on larger nodes the engine's single thread is the limit, which EngineCPUUtilization measures.</summary>
    public const int CpuUtilizationMaxVcpus = 2;

    /// <summary>Host-level CPU alarm threshold before it is divided by the node's vCPUs.</summary>
    public const double HostCpuPercent = 90;

    // Gauges every node reports every 60 s: missing data means the node is being replaced or
    // CloudWatch has a gap; "missing" keeps the last state (ElastiCache's event notifications report
    // replacements), so a gap neither pages nor hides a real breach.
    private const string KeepState = "missing";

    // Counters and replica-only metrics: no datapoint means nothing happened (or this node is the primary).
    private const string NotBreaching = "notBreaching";

    public static IReadOnlyList<AlarmMetric> Metrics { get; } =
    [
        new("EngineCPUUtilization", "Average", 60, 5, 5, 90, 1, 100, "Percent", KeepState,
            "the engine thread is saturated: scale up or out before latency grows"),
        new("CPUUtilization", "Average", 60, 5, 5, null, 1, 100, "Percent", KeepState,
            "host CPU of a small node (<= 2 vCPUs), where background work competes with the engine"),
        new("DatabaseMemoryUsagePercentage", "Average", 60, 5, 5, 80, 1, 100, "Percent", KeepState,
            "the data set approaches maxmemory: evictions or OOM errors follow"),
        new("CurrConnections", "Average", 60, 10, 10, 60000, 1, MaxConnectionsPerNode, "Count", KeepState,
            "close to the 65,000 connections a node accepts: a connection leak or missing pooling"),
        // Only replicas emit ReplicationLag and a failover changes which node is the primary, so the
        // primary's missing datapoints must not breach.
        new("ReplicationLag", "Average", 60, 15, 15, 1, 0.1, 3600, "Seconds", NotBreaching,
            "a replica is more than a second behind the primary for 15 minutes: reads are stale"),
        // 5 one-minute sums: one burst of evictions under a traffic spike is what maxmemory-policy is
        // for; evictions in every minute for five minutes mean the working set no longer fits.
        new("Evictions", "Sum", 60, 5, 5, 0, 0, 1e9, "Count", NotBreaching,
            "keys are evicted minute after minute: the working set no longer fits in memory"),
        new("SwapUsage", "Average", 60, 5, 5, 50 * 1024 * 1024, 0, 1e12, "Bytes", KeepState,
            "more than 50 MB swapped: reserved-memory is too small or the node too full"),
        // Any failed AUTH in 5 minutes: a client with a stale token after a rotation, or someone guessing.
        new("AuthenticationFailures", "Sum", 300, 1, 1, 0, 0, 1e9, "Count", NotBreaching,
            "failed AUTH attempts: a client with an old token, or someone guessing"),
    ];

    public static IReadOnlyList<string> MetricNames { get; } = Metrics.Select(metric => metric.Metric).ToList();

    public static AlarmMetric Get(string metric) => Metrics.Single(m => m.Metric == metric);

    /// <summary>The default CPUUtilization threshold: 90 % of one vCPU's share, as the guide recommends for small nodes.</summary>
    public static double CpuUtilizationThreshold(int vcpus) => Math.Round(HostCpuPercent / vcpus, 2);
}
