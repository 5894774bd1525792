namespace Infra.Settings;

/// <summary>One alarm of the recommended set, applied to every node (dimension CacheClusterId).</summary>
/// <param name="Metric">CloudWatch metric name in namespace AWS/ElastiCache.</param>
/// <param name="DefaultThreshold">Null when the default depends on the node type (CPUUtilization).</param>
/// <param name="Minimum">Smallest threshold <c>alarmThresholds</c> accepts.</param>
/// <param name="Maximum">Largest threshold <c>alarmThresholds</c> accepts.</param>
/// <param name="TreatMissingData">CloudWatch's missing-data treatment; why per metric is in <see cref="AlarmCatalog"/>.</param>
public sealed record AlarmMetric(
    string Metric,
    string Statistic,
    int PeriodSeconds,
    int EvaluationPeriods,
    int DatapointsToAlarm,
    double? DefaultThreshold,
    double Minimum,
    double Maximum,
    string Unit,
    string TreatMissingData,
    string Why)
{
    /// <summary>Every alarm fires above its threshold.</summary>
    public const string ComparisonOperator = "GreaterThanThreshold";
}
