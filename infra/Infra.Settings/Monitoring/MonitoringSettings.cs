namespace Infra.Settings;

/// <summary>Alarms, their topic, the engine log and the dashboard of one stack.</summary>
/// <param name="ExistingTopicArn">Use this topic instead of creating one; null creates the stack's topic.</param>
/// <param name="Alarms">One per (metric, node); empty when <c>alarms</c> is false.</param>
/// <param name="MemberClusterIds">The nodes' cache cluster ids, <c>&lt;replicationGroupId&gt;-001</c>, ...</param>
public sealed record MonitoringSettings(
    bool AlarmsEnabled,
    IReadOnlyList<AlarmSpec> Alarms,
    string? ExistingTopicArn,
    IReadOnlyList<string> AlarmEmails,
    bool EngineLog,
    int EngineLogRetentionDays,
    string EngineLogGroupName,
    bool Dashboard,
    string DashboardName,
    IReadOnlyList<string> MemberClusterIds)
{
    public bool CreatesTopic => ExistingTopicArn is null;
}

/// <summary>One CloudWatch alarm: a metric of the recommended set on one node.</summary>
public sealed record AlarmSpec(string Name, string CacheClusterId, AlarmMetric Metric, double Threshold, string Description)
{
    /// <summary>The alarm of the metric on the node (cache cluster id); the name is unique per node and metric.</summary>
    public static AlarmSpec On(string cacheClusterId, AlarmMetric metric, double threshold) => new(
        // The member id already starts with the replication group id: one alarm name per node and metric.
        $"{cacheClusterId}-{metric.Metric}",
        cacheClusterId,
        metric,
        threshold,
        $"{metric.Metric} {metric.Statistic} > {threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)} {metric.Unit} "
            + $"on {cacheClusterId} for {metric.DatapointsToAlarm} of {metric.EvaluationPeriods} periods of {metric.PeriodSeconds} s: {metric.Why}");
}
