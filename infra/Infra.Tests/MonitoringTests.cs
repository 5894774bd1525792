using System.Text.Json;
using Infra.Settings;
using Pulumi;
using Pulumi.Utilities;

namespace Infra.Tests;

public class MonitoringTests
{
    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task OneAlarm_PerMetricAndNode_WithItsDimension_Statistic_Period_Datapoints_MissingData_AndActions(string stack)
    {
        var run = await StackRun.RunAsync(stack, StackConfigs.FromStackFile(stack));
        var settings = run.Settings;
        var expectedTopic = MockCloud.TopicArnOf($"{run.Single(ResourceTypes.Topic).Name}-1a2b3c4");
        var alarms = run.OfType(ResourceTypes.MetricAlarm);
        var members = MemberClusters.Ids(settings.Names.ReplicationGroupId, settings.Cache.NumCacheClusters);
        var expectedMetrics = AlarmCatalog.MetricNames
            .Where(metric => metric != "CPUUtilization" || NodeVcpus.Of(settings.Cache.NodeType) <= AlarmCatalog.CpuUtilizationMaxVcpus)
            .ToList();

        Assert.Equal(expectedMetrics.Count * members.Count, alarms.Count);
        foreach (var metric in expectedMetrics)
        {
            var definition = AlarmCatalog.Get(metric);
            var perNode = alarms.Where(a => a.Text("metricName") == metric).ToList();
            Assert.Equal(members, perNode.Select(a => a.TextFields("dimensions")[AlarmCatalog.Dimension]).Order(StringComparer.Ordinal));
            foreach (var alarm in perNode)
            {
                Assert.Equal(AlarmCatalog.Namespace, alarm.Text("namespace"));
                Assert.Single(alarm.TextFields("dimensions"));
                Assert.Equal(definition.Statistic, alarm.Text("statistic"));
                Assert.Equal(definition.PeriodSeconds, alarm.Number("period"));
                Assert.Equal(definition.EvaluationPeriods, alarm.Number("evaluationPeriods"));
                Assert.Equal(definition.DatapointsToAlarm, alarm.Number("datapointsToAlarm"));
                Assert.Equal(definition.TreatMissingData, alarm.Text("treatMissingData"));
                Assert.Equal("GreaterThanThreshold", alarm.Text("comparisonOperator"));
                Assert.Equal([expectedTopic], alarm.Texts("alarmActions"));
                Assert.Equal([expectedTopic], alarm.Texts("okActions"));
            }
        }

        var lag = alarms.Where(a => a.Text("metricName") == "ReplicationLag").ToList();
        Assert.All(lag, a => Assert.Equal("notBreaching", a.Text("treatMissingData")));
    }

    [Fact]
    public async Task Dev_CpuUtilization_Threshold_Is90_DividedByTheNodesVcpus()
    {
        var run = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev"));

        var cpu = run.OfType(ResourceTypes.MetricAlarm).Where(a => a.Text("metricName") == "CPUUtilization").ToList();
        Assert.NotEmpty(cpu);
        Assert.All(cpu, a => Assert.Equal(45.0, Convert.ToDouble(a.Inputs["threshold"], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Topic_HasAPolicyForElastiCacheAndCloudWatch_AndTheGroupSendsItsEvents()
    {
        var config = StackConfigs.FromStackFile("dev").With("alarmEmails", """["ops@example.com","oncall@example.com"]""");
        var run = await StackRun.RunAsync("dev", config);

        var topic = run.Single(ResourceTypes.Topic);
        Assert.False(topic.Has("kmsMasterKeyId"), "ElastiCache cannot publish to an encrypted topic");
        var topicArn = MockCloud.TopicArnOf($"{topic.Name}-1a2b3c4");

        var policy = run.Single(ResourceTypes.TopicPolicy);
        Assert.Equal(topicArn, policy.Text("arn"));
        Assert.Equal(AlarmTopicPolicy.Json(topicArn), policy.Text("policy"));
        using var document = JsonDocument.Parse(policy.Text("policy"));
        var services = document.RootElement.GetProperty("Statement").EnumerateArray()
            .Select(s => s.GetProperty("Principal").GetProperty("Service").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["cloudwatch.amazonaws.com", "elasticache.amazonaws.com"], services);

        Assert.Equal(topicArn, run.Single(ResourceTypes.ReplicationGroup).Text("notificationTopicArn"));

        var subscriptions = run.OfType(ResourceTypes.TopicSubscription);
        Assert.Equal(["oncall@example.com", "ops@example.com"], subscriptions.Select(s => s.Text("endpoint")).Order(StringComparer.Ordinal));
        Assert.All(subscriptions, s => Assert.Equal("email", s.Text("protocol")));
        Assert.All(subscriptions, s => Assert.Equal(topicArn, s.Text("topic")));
        Assert.Equal(topicArn, await OutputUtilities.GetValueAsync(Assert.IsType<Output<string>>(run.Outputs[StackOutputNames.AlarmTopicArn])));
    }

    [Fact]
    public async Task ExistingTopic_CreatesNone_AndIsUsedByAlarmsEventsAndTheOutput()
    {
        const string existing = "arn:aws:sns:us-east-1:123456789012:platform-alerts";
        var run = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev").With("alarmTopicArn", existing));

        Assert.Empty(run.OfType(ResourceTypes.Topic));
        Assert.Empty(run.OfType(ResourceTypes.TopicPolicy));
        Assert.Empty(run.OfType(ResourceTypes.TopicSubscription));
        Assert.Equal(existing, run.Single(ResourceTypes.ReplicationGroup).Text("notificationTopicArn"));
        Assert.All(run.OfType(ResourceTypes.MetricAlarm), a => Assert.Equal([existing], a.Texts("alarmActions")));
        Assert.Equal(existing, await OutputUtilities.GetValueAsync(Assert.IsType<Output<string>>(run.Outputs[StackOutputNames.AlarmTopicArn])));
    }

    [Fact]
    public async Task AlarmsOff_CreatesNoAlarm_ButKeepsTheTopicForEvents()
    {
        var run = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev").With("alarms", "false"));

        Assert.Empty(run.OfType(ResourceTypes.MetricAlarm));
        Assert.Single(run.OfType(ResourceTypes.Topic));
        Assert.True(run.Single(ResourceTypes.ReplicationGroup).Has("notificationTopicArn"));
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task EngineLog_IsDeliveredToItsOwnGroup_AsJson(string stack)
    {
        var config = StackConfigs.FromStackFile(stack).With("engineLog", "true");
        var run = await StackRun.RunAsync(stack, config);
        var monitoring = run.Settings.Monitoring;

        var logGroup = run.OfType(ResourceTypes.LogGroup).Single(g => g.Text("name") == monitoring.EngineLogGroupName);
        Assert.Equal(monitoring.EngineLogRetentionDays, logGroup.Number("retentionInDays"));
        var delivery = run.Single(ResourceTypes.ReplicationGroup).Items("logDeliveryConfigurations")
            .Select(item => (IReadOnlyDictionary<string, object?>)item!)
            .Single(item => (string)item["logType"]! == "engine-log");
        Assert.Equal(monitoring.EngineLogGroupName, delivery["destination"]);
        Assert.Equal("cloudwatch-logs", delivery["destinationType"]);
        Assert.Equal("json", delivery["logFormat"]);
    }

    [Fact]
    public async Task EngineLogOff_DeliversNoEngineLog()
    {
        var run = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev").With("engineLog", "false"));

        Assert.DoesNotContain(run.Single(ResourceTypes.ReplicationGroup).Items("logDeliveryConfigurations"),
            item => (string)((IReadOnlyDictionary<string, object?>)item!)["logType"]! == "engine-log");
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task Dashboard_BodyIsValidJson_NamingEveryMemberCluster_AndEveryAlarm(string stack)
    {
        var run = await StackRun.RunAsync(stack, StackConfigs.FromStackFile(stack));
        var dashboard = run.Single(ResourceTypes.Dashboard);
        var monitoring = run.Settings.Monitoring;

        Assert.Equal(monitoring.DashboardName, dashboard.Text("dashboardName"));
        using var body = JsonDocument.Parse(dashboard.Text("dashboardBody"));
        var text = body.RootElement.GetRawText();
        Assert.All(monitoring.MemberClusterIds, member => Assert.Contains($"\"{member}\"", text, StringComparison.Ordinal));
        Assert.All(monitoring.Alarms, alarm =>
            Assert.Contains($"arn:aws:cloudwatch:{MockCloud.Region}:{MockCloud.AccountId}:alarm:{alarm.Name}", text, StringComparison.Ordinal));

        var url = await OutputUtilities.GetValueAsync(Assert.IsType<Output<string>>(run.Outputs[StackOutputNames.DashboardUrl]));
        Assert.Equal(DashboardBody.Url(MockCloud.Region, monitoring.DashboardName), url);
    }

    [Fact]
    public async Task DashboardOff_CreatesNone_AndExportsNoUrl()
    {
        var run = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev").With("dashboard", "false"));

        Assert.Empty(run.OfType(ResourceTypes.Dashboard));
        Assert.False(run.Outputs.ContainsKey(StackOutputNames.DashboardUrl));
    }

    [Fact]
    public async Task SnapshotName_IsPassedToTheReplicationGroup()
    {
        var run = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev").With("snapshotName", "nightly-2026-11-30"));

        var group = run.Single(ResourceTypes.ReplicationGroup);
        Assert.Equal("nightly-2026-11-30", group.Text("snapshotName"));
        Assert.Empty(group.Items("snapshotArns"));
    }

    [Fact]
    public async Task SnapshotArns_ArePassedToTheReplicationGroup()
    {
        const string arn = "arn:aws:s3:::my-backups/cache/dump.rdb";
        var run = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev").With("snapshotArns", $"[\"{arn}\"]"));

        var group = run.Single(ResourceTypes.ReplicationGroup);
        Assert.Equal([arn], group.Texts("snapshotArns"));
        Assert.False(group.Has("snapshotName"));
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task CostOutputs_AreTheSettingsEstimate(string stack)
    {
        var run = await StackRun.RunAsync(stack, StackConfigs.FromStackFile(stack));
        var cost = run.Settings.Cost;

        Assert.Equal((double)cost.MonthlyUsd, Assert.IsType<double>(run.Outputs[StackOutputNames.EstimatedMonthlyCostUsd]));
        var breakdown = Assert.IsType<Dictionary<string, double>>(run.Outputs[StackOutputNames.CostBreakdown]);
        Assert.Equal(cost.Breakdown.ToDictionary(i => i.Key, i => (double)i.Value).OrderBy(i => i.Key), breakdown.OrderBy(i => i.Key));
    }

    // Issue 17 item 6: AWS picked which replica a decrease removed; the alarms follow the members it reports.
    [Fact]
    public async Task AfterADecreaseThatRemoved002_TheSecondNodesAlarmsWatch003_UnderTheSameNames()
    {
        var planned = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev"));
        var group = planned.Settings.Names.ReplicationGroupId;
        var cloud = new MockCloud { ReportedMemberClusters = [$"{group}-003", $"{group}-001"] };

        var run = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev"), cloud);

        var alarms = run.OfType(ResourceTypes.MetricAlarm);
        Assert.Equal(
            planned.OfType(ResourceTypes.MetricAlarm).Select(a => a.Name).Order(StringComparer.Ordinal),
            alarms.Select(a => a.Name).Order(StringComparer.Ordinal));
        Assert.Equal(
            [$"{group}-001", $"{group}-003"],
            alarms.Select(a => a.TextFields("dimensions")[AlarmCatalog.Dimension]).Distinct().Order(StringComparer.Ordinal));
        Assert.All(alarms.Where(a => a.Name.Contains("-002-", StringComparison.Ordinal)), alarm =>
        {
            Assert.Equal($"{group}-003", alarm.TextFields("dimensions")[AlarmCatalog.Dimension]);
            // The name stays the planned node's: a rename would collide with the removed node's alarm of that name.
            Assert.StartsWith($"{group}-002-", alarm.Text("name"), StringComparison.Ordinal);
            Assert.Contains($"on {group}-003 ", alarm.Text("alarmDescription"), StringComparison.Ordinal);
        });
        var dashboard = run.Single(ResourceTypes.Dashboard).Text("dashboardBody");
        Assert.Contains($"\"{group}-003\"", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain($"\"{group}-002\"", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhileTheMembersAreUnknown_TheAlarmsWatchThePlannedIds()
    {
        var run = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev"));

        Assert.Equal(
            run.Settings.Monitoring.MemberClusterIds,
            run.OfType(ResourceTypes.MetricAlarm).Select(a => a.TextFields("dimensions")[AlarmCatalog.Dimension]).Distinct().Order(StringComparer.Ordinal));
    }
}
