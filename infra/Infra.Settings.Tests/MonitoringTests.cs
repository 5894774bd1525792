namespace Infra.Settings.Tests;

public class MonitoringTests
{
    [Theory]
    [InlineData("cache.t4g.micro", 2)]
    [InlineData("cache.t3.medium", 2)]
    [InlineData("cache.r7g.large", 2)]
    [InlineData("cache.m6g.xlarge", 4)]
    [InlineData("cache.r6gd.2xlarge", 8)]
    [InlineData("cache.r5.24xlarge", 96)]
    public void The_vcpu_table_knows_the_node_types(string nodeType, int vcpus) => Assert.Equal(vcpus, NodeVcpus.Of(nodeType));

    [Fact]
    public void The_vcpu_table_does_not_guess_unknown_node_types() => Assert.Null(NodeVcpus.Of("cache.x9.large"));

    [Fact]
    public void Defaults_are_one_alarm_per_metric_and_node_with_cpu_utilization_for_small_nodes()
    {
        var settings = TestConfig.Parse(TestConfig.Valid());
        var monitoring = settings.Monitoring;

        Assert.Equal(["elasticache-redis-dev-001", "elasticache-redis-dev-002"], monitoring.MemberClusterIds);
        Assert.Equal(AlarmCatalog.Metrics.Count * 2, monitoring.Alarms.Count);
        Assert.Equal(
            monitoring.Alarms.Count,
            monitoring.Alarms.Select(a => (a.Metric.Metric, a.CacheClusterId)).Distinct().Count());
        Assert.All(monitoring.Alarms, a => Assert.StartsWith("elasticache-redis-dev-00", a.Name, StringComparison.Ordinal));
        Assert.All(
            monitoring.Alarms.Where(a => a.Metric.Metric == "CPUUtilization"),
            a => Assert.Equal(45, a.Threshold));
    }

    [Theory]
    [InlineData("EngineCPUUtilization", 90, "Average", 60, 5, 5, "missing")]
    [InlineData("DatabaseMemoryUsagePercentage", 80, "Average", 60, 5, 5, "missing")]
    [InlineData("CurrConnections", 60000, "Average", 60, 10, 10, "missing")]
    [InlineData("ReplicationLag", 1, "Average", 60, 15, 15, "notBreaching")]
    [InlineData("Evictions", 0, "Sum", 60, 5, 5, "notBreaching")]
    [InlineData("SwapUsage", 52428800, "Average", 60, 5, 5, "missing")]
    [InlineData("AuthenticationFailures", 0, "Sum", 300, 1, 1, "notBreaching")]
    public void Each_metric_has_the_recommended_threshold_period_datapoints_and_missing_data(
        string metric, double threshold, string statistic, int period, int evaluations, int datapoints, string missing)
    {
        var alarm = TestConfig.Parse(TestConfig.Valid()).Monitoring.Alarms.First(a => a.Metric.Metric == metric);

        Assert.Equal(threshold, alarm.Threshold);
        Assert.Equal(statistic, alarm.Metric.Statistic);
        Assert.Equal(period, alarm.Metric.PeriodSeconds);
        Assert.Equal(evaluations, alarm.Metric.EvaluationPeriods);
        Assert.Equal(datapoints, alarm.Metric.DatapointsToAlarm);
        Assert.Equal(missing, alarm.Metric.TreatMissingData);
    }

    [Fact]
    public void Large_nodes_get_no_cpu_utilization_alarm()
    {
        var monitoring = TestConfig.ParseWith(SettingKeys.NodeType, "cache.r7g.xlarge").Monitoring;

        Assert.DoesNotContain(monitoring.Alarms, a => a.Metric.Metric == "CPUUtilization");
        Assert.Contains(monitoring.Alarms, a => a.Metric.Metric == "EngineCPUUtilization");
    }

    [Fact]
    public void Thresholds_can_be_overridden_per_metric()
    {
        var monitoring = TestConfig.ParseWith(SettingKeys.AlarmThresholds, """{"CurrConnections": 50000, "ReplicationLag": "2.5"}""").Monitoring;

        Assert.All(monitoring.Alarms.Where(a => a.Metric.Metric == "CurrConnections"), a => Assert.Equal(50000, a.Threshold));
        Assert.All(monitoring.Alarms.Where(a => a.Metric.Metric == "ReplicationLag"), a => Assert.Equal(2.5, a.Threshold));
    }

    [Fact]
    public void An_unknown_metric_is_named_with_the_allowed_ones()
    {
        var problem = TestConfig.SingleProblem(SettingKeys.AlarmThresholds, """{"CPUUtilisation": 50}""");

        Assert.Equal("alarmThresholds.CPUUtilisation", problem.Key);
        Assert.Contains("EngineCPUUtilization", problem.Allowed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"EngineCPUUtilization": 120}""", "alarmThresholds.EngineCPUUtilization", "from 1 to 100")]
    [InlineData("""{"CurrConnections": 70000}""", "alarmThresholds.CurrConnections", "from 1 to 65000")]
    [InlineData("""{"ReplicationLag": "soon"}""", "alarmThresholds.ReplicationLag", "from 0.1 to 3600")]
    public void A_threshold_out_of_range_names_the_range(string value, string key, string allowed)
    {
        var problem = TestConfig.SingleProblem(SettingKeys.AlarmThresholds, value);

        Assert.Equal(key, problem.Key);
        Assert.Contains(allowed, problem.Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void Alarms_off_plans_no_alarm_but_keeps_the_topic() =>
        Assert.Multiple(
            () => Assert.Empty(TestConfig.ParseWith(SettingKeys.Alarms, "false").Monitoring.Alarms),
            () => Assert.True(TestConfig.ParseWith(SettingKeys.Alarms, "false").Monitoring.CreatesTopic));

    [Fact]
    public void An_existing_topic_is_used_instead_of_creating_one()
    {
        var monitoring = TestConfig.ParseWith(SettingKeys.AlarmTopicArn, "arn:aws:sns:eu-west-1:123456789012:ops-alerts").Monitoring;

        Assert.False(monitoring.CreatesTopic);
        Assert.Equal("arn:aws:sns:eu-west-1:123456789012:ops-alerts", monitoring.ExistingTopicArn);
    }

    [Theory]
    [InlineData("arn:aws:sns:eu-west-1:12345:ops")]
    [InlineData("arn:aws:sqs:eu-west-1:123456789012:ops")]
    [InlineData("arn:aws:sns:eu-west-1:123456789012:ops.fifo")]
    public void A_malformed_topic_arn_is_refused(string arn) =>
        Assert.Equal(SettingKeys.AlarmTopicArn, TestConfig.SingleProblem(SettingKeys.AlarmTopicArn, arn).Key);

    [Fact]
    public void Emails_are_validated_and_named()
    {
        var problem = TestConfig.SingleProblem(SettingKeys.AlarmEmails, """["ops@example.com", "not an address"]""");

        Assert.Equal(SettingKeys.AlarmEmails, problem.Key);
        Assert.Contains("not an address", problem.Given, StringComparison.Ordinal);
    }

    [Fact]
    public void Emails_and_an_existing_topic_are_exclusive()
    {
        var config = TestConfig.Valid()
            .With(SettingKeys.AlarmTopicArn, "arn:aws:sns:us-east-1:123456789012:ops")
            .With(SettingKeys.AlarmEmails, """["ops@example.com"]""");

        Assert.Equal(SettingKeys.AlarmEmails, Assert.Single(TestConfig.Problems(config)).Key);
    }

    [Fact]
    public void Engine_log_has_its_own_group_and_a_retention()
    {
        var monitoring = TestConfig.ParseWith(SettingKeys.EngineLog, "true").Monitoring;

        Assert.True(monitoring.EngineLog);
        Assert.Equal("/aws/elasticache/elasticache-redis-dev/engine-log", monitoring.EngineLogGroupName);
        Assert.InRange(monitoring.EngineLogRetentionDays, 1, 3653);
    }

    [Fact]
    public void The_topic_policy_lets_elasticache_publish_scoped_by_source_owner_and_cloudwatch_by_source_account()
    {
        using var policy = System.Text.Json.JsonDocument.Parse(AlarmTopicPolicy.Json("arn:aws:sns:us-east-1:123456789012:t"));
        var statements = policy.RootElement.GetProperty("Statement").EnumerateArray().ToList();

        var elastiCache = statements.Single(s => s.GetProperty("Principal").GetProperty("Service").GetString() == "elasticache.amazonaws.com");
        Assert.Equal("123456789012", elastiCache.GetProperty("Condition").GetProperty("StringEquals").GetProperty("aws:SourceOwner").GetString());
        var cloudWatch = statements.Single(s => s.GetProperty("Principal").GetProperty("Service").GetString() == "cloudwatch.amazonaws.com");
        Assert.Equal("123456789012", cloudWatch.GetProperty("Condition").GetProperty("StringEquals").GetProperty("aws:SourceAccount").GetString());
        Assert.All(statements, s => Assert.Equal("sns:Publish", s.GetProperty("Action").GetString()));
        Assert.All(statements, s => Assert.Equal("arn:aws:sns:us-east-1:123456789012:t", s.GetProperty("Resource").GetString()));
    }

    [Fact]
    public void The_dashboard_body_is_json_naming_every_member_cluster_and_alarm()
    {
        var members = MemberClusters.Ids("g", 3);
        using var body = System.Text.Json.JsonDocument.Parse(DashboardBody.Json("us-east-1", members, ["arn:aws:cloudwatch:us-east-1:1:alarm:a"]));
        var widgets = body.RootElement.GetProperty("widgets").EnumerateArray().ToList();
        var text = body.RootElement.GetRawText();

        Assert.All(members, member => Assert.Contains($"\"{member}\"", text, StringComparison.Ordinal));
        Assert.Contains(widgets, w => w.GetProperty("type").GetString() == "alarm");
        Assert.All(AlarmCatalog.MetricNames.Concat(["CacheHits", "CacheMisses", "NetworkBytesIn", "NetworkBytesOut"]),
            metric => Assert.Contains($"\"{metric}\"", text, StringComparison.Ordinal));
    }

    // Issue 17 item 8: m4 and r4 large nodes have 2 vCPUs and get the CPUUtilization alarm.
    [Theory]
    [InlineData("cache.m4.large", 2)]
    [InlineData("cache.r4.large", 2)]
    [InlineData("cache.m4.10xlarge", 40)]
    [InlineData("cache.r4.16xlarge", 64)]
    public void Previous_current_generation_families_have_their_vcpus(string nodeType, int vcpus) =>
        Assert.Equal(vcpus, NodeVcpus.Of(nodeType));

    [Fact]
    public void Every_node_type_the_stack_accepts_has_a_vcpu_count() =>
        Assert.All(NodeTypes.All, nodeType => Assert.NotNull(NodeVcpus.Of(nodeType)));

    [Fact]
    public void An_m4_large_stack_gets_the_cpu_utilization_alarm_on_every_node() =>
        Assert.Equal(2, TestConfig.ParseWith(SettingKeys.NodeType, "cache.m4.large").Monitoring.Alarms.Count(a => a.Metric.Metric == "CPUUtilization"));

    // Issue 17 item 6: after a decrease AWS picked which replica went; the alarms follow the survivors.
    [Fact]
    public void After_a_decrease_that_removed_002_the_second_nodes_alarms_watch_003()
    {
        var monitoring = TestConfig.Parse(TestConfig.Valid().With(SettingKeys.Replicas, "1")).Monitoring;
        var group = monitoring.MemberClusterIds[0][..^4];

        var followed = MemberClusters.Follow(monitoring.Alarms, monitoring.MemberClusterIds, [$"{group}-003", $"{group}-001"]);

        Assert.Equal(monitoring.Alarms.Count, followed.Count);
        Assert.Equal([$"{group}-001", $"{group}-003"], followed.Select(a => a.CacheClusterId).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(monitoring.Alarms.Select(a => a.Name), followed.Select(a => a.Name));
        Assert.All(followed, alarm => Assert.Contains($"on {alarm.CacheClusterId} ", alarm.Description, StringComparison.Ordinal));
        Assert.Equal(monitoring.Alarms.Select(a => (a.Metric.Metric, a.Threshold)), followed.Select(a => (a.Metric.Metric, a.Threshold)));
    }

    [Fact]
    public void While_the_members_are_unknown_or_mid_change_the_planned_ids_stand()
    {
        var monitoring = TestConfig.Parse(TestConfig.Valid()).Monitoring;

        Assert.Same(monitoring.Alarms, MemberClusters.Follow(monitoring.Alarms, monitoring.MemberClusterIds, []));
        Assert.Same(monitoring.Alarms, MemberClusters.Follow(monitoring.Alarms, monitoring.MemberClusterIds, ["a-001", "a-002", "a-003"]));
        Assert.Equal(monitoring.MemberClusterIds, MemberClusters.Graphed(monitoring.MemberClusterIds, []));
    }

    [Fact]
    public void The_dashboard_graphs_the_real_members_once_known() =>
        Assert.Equal(["g-001", "g-004"], MemberClusters.Graphed(MemberClusters.Ids("g", 2), ["g-004", "g-001"]));
}
