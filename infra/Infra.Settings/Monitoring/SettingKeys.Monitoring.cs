namespace Infra.Settings;

public static partial class SettingKeys
{
    public const string Alarms = "alarms";
    public const string AlarmThresholds = "alarmThresholds";
    public const string AlarmTopicArn = "alarmTopicArn";
    public const string AlarmEmails = "alarmEmails";
    public const string EngineLog = "engineLog";
    public const string Dashboard = "dashboard";

    /// <summary>The monitoring area's keys: alarms, their topic, the engine log and the dashboard.</summary>
    private static IReadOnlyList<SettingDefinition> MonitoringDefinitions() =>
    [
        new(Alarms, SettingType.Boolean,
            "CloudWatch alarms per node following AWS's recommended set (README: Monitoring and alarms).",
            "true",
            "true or false"),
        new(AlarmThresholds, SettingType.Object,
            "Overrides of alarm thresholds, metric name to number, e.g. {CurrConnections: 50000}.",
            null,
            "a map of " + string.Join(", ", AlarmCatalog.MetricNames) + " to a number in the metric's range (README: Monitoring and alarms)"),
        new(AlarmTopicArn, SettingType.String,
            "Existing SNS topic for alarms and ElastiCache events; empty creates one topic for the stack.",
            "",
            "empty, or arn:<partition>:sns:<region>:<12-digit account>:<topic name> of a standard (not FIFO), unencrypted topic in the stack's account and region",
            Deferrable: true),
        new(AlarmEmails, SettingType.Array,
            "Email addresses subscribed to the stack's topic (each confirms by mail).",
            "[]",
            "empty, or up to 10 email addresses like ops@example.com; not together with alarmTopicArn"),
        new(EngineLog, SettingType.Boolean,
            "Deliver the engine log to its own CloudWatch Logs group (JSON, kept 14 days); later changes need applyImmediately.",
            "false",
            "true or false"),
        new(Dashboard, SettingType.Boolean,
            "A CloudWatch dashboard with the alarm metrics per node, hits/misses, network bytes and the alarm states.",
            "true",
            "true or false"),
    ];
}
