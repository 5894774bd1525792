using Infra.Settings;
using Pulumi;
using Aws = Pulumi.Aws;

namespace ElastiCacheRedis;

/// <summary>
/// The stack's SNS topic (or an existing one), AWS's recommended alarms per node and the dashboard.
/// Declared before the cache: the replication group sends its events to the topic, and the alarms'
/// dimensions come from the settings (member cluster ids), not from the group's outputs.
/// </summary>
internal sealed class CacheMonitoring : ComponentResource
{
    public const string TypeToken = "elasticache-redis:monitoring:CacheMonitoring";

    public Output<string> TopicArn { get; }

    /// <summary>Null when <c>dashboard</c> is false.</summary>
    public Output<string>? DashboardUrl { get; }

    public CacheMonitoring(string name, CacheMonitoringArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var settings = args.Settings;
        TopicArn = settings.ExistingTopicArn is { } existing ? Output.Create(existing) : CreateTopic(name, settings, args.Tags);

        foreach (var alarm in settings.Alarms)
        {
            var node = alarm.CacheClusterId[(alarm.CacheClusterId.LastIndexOf('-') + 1)..];
            _ = new Aws.CloudWatch.MetricAlarm($"{name}-{node}-{alarm.Metric.Metric}", new Aws.CloudWatch.MetricAlarmArgs
            {
                Name = alarm.Name,
                AlarmDescription = alarm.Description,
                Namespace = AlarmCatalog.Namespace,
                MetricName = alarm.Metric.Metric,
                Dimensions = { [AlarmCatalog.Dimension] = alarm.CacheClusterId },
                Statistic = alarm.Metric.Statistic,
                Period = alarm.Metric.PeriodSeconds,
                EvaluationPeriods = alarm.Metric.EvaluationPeriods,
                DatapointsToAlarm = alarm.Metric.DatapointsToAlarm,
                Threshold = alarm.Threshold,
                ComparisonOperator = AlarmMetric.ComparisonOperator,
                TreatMissingData = alarm.Metric.TreatMissingData,
                AlarmActions = { TopicArn },
                OkActions = { TopicArn },
                Tags = ResourceTags.For(args.Tags, alarm.Name),
            }, Child());
        }

        if (settings.Dashboard)
        {
            var alarmNames = settings.Alarms.Select(alarm => alarm.Name).ToList();
            var body = Output.Tuple(args.Region, TopicArn).Apply(values =>
            {
                // Alarms live in the topic's account (ElastiCache and CloudWatch require the same account).
                var topic = SnsArn.Parse(values.Item2);
                var alarmArns = alarmNames.Select(alarm => DashboardBody.AlarmArn(topic.Partition, values.Item1, topic.Account, alarm)).ToList();
                return DashboardBody.Json(values.Item1, settings.MemberClusterIds, alarmArns);
            });
            _ = new Aws.CloudWatch.Dashboard($"{name}-dashboard", new Aws.CloudWatch.DashboardArgs
            {
                DashboardName = settings.DashboardName,
                DashboardBody = body,
            }, Child());
            DashboardUrl = args.Region.Apply(region => DashboardBody.Url(region, settings.DashboardName));
        }

        RegisterOutputs(new Dictionary<string, object?>
        {
            ["topicArn"] = TopicArn,
            ["dashboardUrl"] = DashboardUrl,
        });
    }

    private CustomResourceOptions Child() => new() { Parent = this };

    private Output<string> CreateTopic(string name, MonitoringSettings settings, IReadOnlyDictionary<string, string> tags)
    {
        // No KmsMasterKeyId: ElastiCache shows an encrypted topic as inactive and stops publishing to it
        // (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/ElastiCacheSNS.html).
        var topic = new Aws.Sns.Topic($"{name}-topic", new Aws.Sns.TopicArgs
        {
            Tags = ResourceTags.For(tags, $"{name}-topic"),
        }, Child());

        _ = new Aws.Sns.TopicPolicy($"{name}-topic-policy", new Aws.Sns.TopicPolicyArgs
        {
            Arn = topic.Arn,
            Policy = topic.Arn.Apply(arn => AlarmTopicPolicy.Json(arn)),
        }, Child());

        foreach (var (email, index) in settings.AlarmEmails.Select((email, index) => (email, index)))
        {
            _ = new Aws.Sns.TopicSubscription($"{name}-email-{index + 1}", new Aws.Sns.TopicSubscriptionArgs
            {
                Topic = topic.Arn,
                Protocol = "email",
                Endpoint = email,
            }, Child());
        }

        return topic.Arn;
    }
}
