using System.Collections.Immutable;
using Infra.Settings;
using Pulumi;
using Aws = Pulumi.Aws;

namespace ElastiCacheRedis;

/// <summary>
/// The stack's SNS topic (or an existing one), AWS's recommended alarms per node and the dashboard.
/// Declared before the cache (the replication group sends its events to the topic); the alarms and
/// the dashboard follow once the cache exists (<see cref="WatchNodes"/>), on its real member clusters.
/// </summary>
internal sealed class CacheMonitoring : ComponentResource
{
    public const string TypeToken = "elasticache-redis:monitoring:CacheMonitoring";

    public Output<string> TopicArn { get; }

    /// <summary>Null when <c>dashboard</c> is false.</summary>
    public Output<string>? DashboardUrl { get; }

    private readonly string _name;
    private readonly MonitoringSettings _settings;
    private readonly Output<string> _region;
    private readonly IReadOnlyDictionary<string, string> _tags;

    public CacheMonitoring(string name, CacheMonitoringArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        _name = name;
        var settings = args.Settings;
        TopicArn = settings.ExistingTopicArn is { } existing ? Output.Create(existing) : CreateTopic(name, settings, args.Tags);

        if (settings.Dashboard)
        {
            DashboardUrl = args.Region.Apply(region => DashboardBody.Url(region, settings.DashboardName));
        }

        _settings = settings;
        _region = args.Region;
        _tags = args.Tags;

        RegisterOutputs(new Dictionary<string, object?>
        {
            ["topicArn"] = TopicArn,
            ["dashboardUrl"] = DashboardUrl,
        });
    }

    /// <summary>
    /// The per-node alarms and the dashboard, once the replication group exists: they watch its real
    /// member clusters (sorted), not the <c>-001</c>, <c>-002</c> ... planned at creation, because a
    /// replica decrease lets AWS pick which replica goes (MemberClusters.Follow). The resource names
    /// (and so the URNs) and the alarm names are the planned node's, as before; the dimension and the
    /// description move with the member (in place), so a decrease that removed <c>-002</c> moves the
    /// second node's alarms to the survivor on the same up. Call it once, after the cache is declared.
    /// </summary>
    public void WatchNodes(Output<ImmutableArray<string>> memberClusters)
    {
        var settings = _settings;
        var actual = memberClusters.Apply(members => members.IsDefault ? ImmutableArray<string>.Empty : members);
        var watched = actual.Apply(members => MemberClusters.Follow(settings.Alarms, settings.MemberClusterIds, members));

        foreach (var (planned, index) in settings.Alarms.Select((alarm, index) => (alarm, index)))
        {
            var node = planned.CacheClusterId[(planned.CacheClusterId.LastIndexOf('-') + 1)..];
            var alarm = watched.Apply(alarms => alarms[index]);
            _ = new Aws.CloudWatch.MetricAlarm($"{_name}-{node}-{planned.Metric.Metric}", new Aws.CloudWatch.MetricAlarmArgs
            {
                // The planned name, known even while the members are not: alarm_name is ForceNew
                // (the provider's metric_alarm.go), so a name that waits for the group's members would
                // preview every alarm as a replacement whenever they are unknown (a replica change).
                // MemberClusters.Follow keeps the planned name, so the value is the same.
                Name = planned.Name,
                AlarmDescription = alarm.Apply(spec => spec.Description),
                Namespace = AlarmCatalog.Namespace,
                MetricName = planned.Metric.Metric,
                Dimensions = { [AlarmCatalog.Dimension] = alarm.Apply(spec => spec.CacheClusterId) },
                Statistic = planned.Metric.Statistic,
                Period = planned.Metric.PeriodSeconds,
                EvaluationPeriods = planned.Metric.EvaluationPeriods,
                DatapointsToAlarm = planned.Metric.DatapointsToAlarm,
                Threshold = planned.Threshold,
                ComparisonOperator = AlarmMetric.ComparisonOperator,
                TreatMissingData = planned.Metric.TreatMissingData,
                AlarmActions = { TopicArn },
                OkActions = { TopicArn },
                Tags = ResourceTags.For(_tags, planned.Name),
            }, Child());
        }

        if (settings.Dashboard)
        {
            var body = Output.Tuple(_region, TopicArn, actual, watched).Apply(values =>
            {
                // Alarms live in the topic's account (ElastiCache and CloudWatch require the same account).
                var (region, topicArn, members, alarms) = values;
                var topic = SnsArn.Parse(topicArn);
                var alarmArns = alarms.Select(alarm => DashboardBody.AlarmArn(topic.Partition, region, topic.Account, alarm.Name)).ToList();
                return DashboardBody.Json(region, MemberClusters.Graphed(settings.MemberClusterIds, members), alarmArns);
            });
            _ = new Aws.CloudWatch.Dashboard($"{_name}-dashboard", new Aws.CloudWatch.DashboardArgs
            {
                DashboardName = settings.DashboardName,
                DashboardBody = body,
            }, Child());
        }
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
