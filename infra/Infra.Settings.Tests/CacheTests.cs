using static Infra.Settings.Tests.TestConfig;

namespace Infra.Settings.Tests;

public class CacheTests
{
    [Theory]
    [InlineData("redis", "", "7.1", "redis7")]
    [InlineData("redis", "6.2", "6.2", "redis6.x")]
    [InlineData("redis", "7.0", "7.0", "redis7")]
    [InlineData("valkey", "", "9.0", "valkey9")]
    [InlineData("valkey", "8.2", "8.2", "valkey8")]
    [InlineData("valkey", "7.2", "7.2", "valkey7")]
    [InlineData("valkey", "8.1", "8.1", "valkey8")]
    public void Engine_and_version_decide_the_parameter_group_family(string engine, string version, string expectedVersion, string family)
    {
        var cache = Parse(Valid().With(SettingKeys.Engine, engine).With(SettingKeys.EngineVersion, version)).Cache;

        Assert.Equal(engine, cache.EngineName);
        Assert.Equal(expectedVersion, cache.EngineVersion);
        Assert.Equal(family, cache.ParameterGroupFamily);
        Assert.Contains(family.Replace('.', '-'), cache.ParameterGroupName, StringComparison.Ordinal);
    }

    [Fact]
    public void A_major_upgrade_changes_the_parameter_group_name()
    {
        var redis6 = Parse(Valid().With(SettingKeys.Engine, "redis").With(SettingKeys.EngineVersion, "6.2")).Cache.ParameterGroupName;
        var redis7 = Parse(Valid().With(SettingKeys.Engine, "redis").With(SettingKeys.EngineVersion, "7.1")).Cache.ParameterGroupName;
        var redis70 = Parse(Valid().With(SettingKeys.Engine, "redis").With(SettingKeys.EngineVersion, "7.0")).Cache.ParameterGroupName;

        Assert.NotEqual(redis6, redis7);
        Assert.Equal(redis70, redis7);
        Assert.Equal("elasticache-redis-dev-redis6-x", redis6);
    }

    [Theory]
    [InlineData("memcached")]
    [InlineData("Redis")]
    [InlineData("valkey8")]
    public void An_unknown_engine_is_rejected(string engine)
    {
        var problem = SingleProblem(SettingKeys.Engine, engine);
        Assert.Equal("redis or valkey", problem.Allowed);
    }

    [Theory]
    [InlineData("redis", "8.0", "for redis: 6.2, 7.0, 7.1")]
    [InlineData("redis", "5.0.6", "for redis: 6.2, 7.0, 7.1")]
    [InlineData("valkey", "7.1", "for valkey: 7.2, 8.0, 8.1")]
    public void A_version_the_engine_does_not_offer_is_rejected(string engine, string version, string allowed)
    {
        var problem = Assert.Single(Problems(Valid().With(SettingKeys.Engine, engine).With(SettingKeys.EngineVersion, version)));

        Assert.Equal(SettingKeys.EngineVersion, problem.Key);
        Assert.StartsWith(allowed, problem.Allowed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cache.t4g.micro")]
    [InlineData("cache.r7g.large")]
    [InlineData("cache.m7g.2xlarge")]
    [InlineData("cache.r6gd.xlarge")]
    [InlineData("cache.t3.small")]
    public void A_current_generation_node_type_is_accepted(string nodeType) =>
        Assert.Equal(nodeType, ParseWith(SettingKeys.NodeType, nodeType).Cache.NodeType);

    [Theory]
    [InlineData("t4g.micro", "cache.<family>.<size>")]
    [InlineData("cache.t4g", "cache.<family>.<size>")]
    [InlineData("cache.T4G.micro", "cache.<family>.<size>")]
    [InlineData("cache.t2.micro", "t2 is not a current-generation family")]
    [InlineData("cache.m3.medium", "m3 is not a current-generation family")]
    [InlineData("cache.x9.large", "x9 is not a current-generation family")]
    [InlineData("cache.t4g.large", "t4g comes in micro, small, medium, not large")]
    [InlineData("cache.r6gd.large", "r6gd comes in xlarge")]
    public void A_bad_node_type_is_rejected(string nodeType, string reason) =>
        Assert.Contains(reason, SingleProblem(SettingKeys.NodeType, nodeType).Allowed, StringComparison.Ordinal);

    [Theory]
    [InlineData(0, 2, 1, false)]
    [InlineData(1, 2, 2, true)]
    [InlineData(2, 3, 3, true)]
    [InlineData(5, 2, 6, true)]
    public void Failover_and_multi_az_are_on_exactly_with_a_replica_over_two_zones(int replicas, int zones, int clusters, bool multiAz)
    {
        var cache = Parse(Valid()
            .With(SettingKeys.Replicas, replicas.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With(SettingKeys.AvailabilityZoneCount, zones.ToString(System.Globalization.CultureInfo.InvariantCulture))).Cache;

        Assert.Equal(clusters, cache.NumCacheClusters);
        Assert.Equal(multiAz, cache.MultiAz);
        Assert.Equal(multiAz, cache.AutomaticFailover);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("6")]
    [InlineData("one")]
    public void Replicas_outside_0_to_5_are_rejected(string replicas) =>
        Assert.Equal("an integer from 0 to 5", SingleProblem(SettingKeys.Replicas, replicas).Allowed);

    [Theory]
    [InlineData(1, 2, new[] { 0, 1 })]
    [InlineData(2, 3, new[] { 0, 1, 2 })]
    [InlineData(5, 2, new[] { 0, 1, 0, 1, 0, 1 })]
    [InlineData(4, 3, new[] { 0, 1, 2, 0, 1 })]
    [InlineData(0, 2, new[] { 0 })]
    public void Nodes_go_round_robin_over_the_zones_primary_first(int replicas, int zones, int[] expected)
    {
        var cache = Parse(Valid()
            .With(SettingKeys.Replicas, replicas.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With(SettingKeys.AvailabilityZoneCount, zones.ToString(System.Globalization.CultureInfo.InvariantCulture))).Cache;

        Assert.Equal(expected, cache.PreferredZoneIndexes);
    }

    [Fact]
    public void Multi_az_false_turns_failover_off_even_with_replicas()
    {
        var cache = Parse(Valid().With(SettingKeys.MultiAz, "false").With(SettingKeys.Replicas, "2")).Cache;

        Assert.False(cache.MultiAz);
        Assert.False(cache.AutomaticFailover);
    }

    [Fact]
    public void Multi_az_true_with_a_replica_is_accepted() =>
        Assert.True(ParseWith(SettingKeys.MultiAz, "true").Cache.MultiAz);

    [Fact]
    public void Multi_az_true_without_replicas_is_an_error_not_a_silent_change()
    {
        var problem = Assert.Single(Problems(Valid().With(SettingKeys.MultiAz, "true").With(SettingKeys.Replicas, "0")));

        Assert.Equal(SettingKeys.MultiAz, problem.Key);
        Assert.Equal("\"true\"", problem.Given);
        Assert.Contains("replicas is 0", problem.Allowed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("on")]
    public void Multi_az_accepts_only_auto_true_or_false(string value) =>
        Assert.Equal(SettingKeys.MultiAz, SingleProblem(SettingKeys.MultiAz, value).Key);

    [Theory]
    [InlineData("1024", 1024)]
    [InlineData("6380", 6380)]
    [InlineData("65535", 65535)]
    public void A_port_from_1024_to_65535_is_accepted(string port, int expected) =>
        Assert.Equal(expected, ParseWith(SettingKeys.Port, port).Cache.Port);

    [Theory]
    [InlineData("1023")]
    [InlineData("65536")]
    [InlineData("6379x")]
    public void A_port_outside_1024_to_65535_is_rejected(string port) =>
        Assert.Equal("an integer from 1024 to 65535", SingleProblem(SettingKeys.Port, port).Allowed);

    [Theory]
    [InlineData("true", true)]
    [InlineData("False", false)]
    [InlineData("TRUE", true)]
    public void Booleans_follow_pulumis_case_insensitive_reading(string value, bool expected) =>
        Assert.Equal(expected, ParseWith(SettingKeys.SlowLog, value).Cache.SlowLog);

    [Theory]
    [InlineData(SettingKeys.SlowLog)]
    [InlineData(SettingKeys.ApplyImmediately)]
    [InlineData(SettingKeys.FinalSnapshot)]
    [InlineData(SettingKeys.Protect)]
    [InlineData(SettingKeys.TransitEncryption)]
    [InlineData(SettingKeys.AtRestEncryption)]
    [InlineData(SettingKeys.ClientEnabled)]
    [InlineData(SettingKeys.VerifyOnUp)]
    [InlineData(SettingKeys.AuthEnabled)]
    public void A_boolean_key_rejects_anything_but_true_or_false(string key) =>
        Assert.Equal(key, Assert.Single(Problems(Valid().With(key, "yes")), p => p.Key == key).Key);

    [Fact]
    public void The_switches_reach_the_settings()
    {
        var cache = Parse(Valid()
            .With(SettingKeys.SlowLog, "true")
            .With(SettingKeys.ApplyImmediately, "true")
            .With(SettingKeys.FinalSnapshot, "true")
            .With(SettingKeys.Protect, "true")
            .With(SettingKeys.AvailabilityZoneNames, "us-east-1a,us-east-1b")).Cache;

        Assert.True(cache.SlowLog);
        Assert.True(cache.ApplyImmediately);
        Assert.True(cache.Protect);
        Assert.Equal("elasticache-redis-dev-final", cache.FinalSnapshotPrefix);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("35")]
    public void Snapshot_retention_from_0_to_35_is_accepted(string days) =>
        Assert.Equal(int.Parse(days, System.Globalization.CultureInfo.InvariantCulture), ParseWith(SettingKeys.SnapshotRetentionDays, days).Cache.SnapshotRetentionDays);

    [Theory]
    [InlineData("36")]
    [InlineData("-1")]
    public void Snapshot_retention_outside_0_to_35_is_rejected(string days) =>
        Assert.Equal(SettingKeys.SnapshotRetentionDays, SingleProblem(SettingKeys.SnapshotRetentionDays, days).Key);

    [Fact]
    public void Without_automatic_snapshots_there_is_no_snapshot_window() =>
        Assert.Null(ParseWith(SettingKeys.SnapshotRetentionDays, "0").Cache.SnapshotWindow);

    [Fact]
    public void Parameters_become_a_map_with_scalars_as_text()
    {
        var parameters = ParseWith(SettingKeys.Parameters, "{\"maxmemory-policy\":\"allkeys-lru\",\"timeout\":300,\"activedefrag\":true}").Cache.Parameters;

        Assert.Equal(
            new Dictionary<string, string> { ["activedefrag"] = "true", ["maxmemory-policy"] = "allkeys-lru", ["timeout"] = "300" },
            parameters);
    }

    [Theory]
    [InlineData("{\"MaxMemory\":\"1\"}", "parameters.MaxMemory")]
    [InlineData("{\"max_memory\":\"1\"}", "parameters.max_memory")]
    [InlineData("{\"timeout\":{\"a\":1}}", "parameters.timeout")]
    [InlineData("{\"cluster-enabled\":\"yes\"}", "parameters.cluster-enabled")]
    [InlineData("[\"timeout\"]", "parameters")]
    [InlineData("timeout=300", "parameters")]
    public void Bad_parameters_are_rejected_naming_the_parameter(string json, string key) =>
        Assert.Equal(key, SingleProblem(SettingKeys.Parameters, json).Key);

    // Issue 17 item 4: data tiering supports only some eviction policies ("Data tiering limitations").
    [Theory]
    [InlineData("volatile-ttl")]
    [InlineData("allkeys-random")]
    [InlineData("volatile-lfu")]
    public void A_data_tiering_node_refuses_an_eviction_policy_it_does_not_support(string policy)
    {
        var problem = Assert.Single(Problems(Valid()
            .With(SettingKeys.NodeType, "cache.r6gd.xlarge")
            .With(SettingKeys.Parameters, $$"""{"maxmemory-policy": "{{policy}}"}""")));

        Assert.Equal("parameters.maxmemory-policy", problem.Key);
        Assert.Contains("volatile-lru, allkeys-lru, noeviction", problem.Allowed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cache.r6gd.xlarge", "allkeys-lru")]
    [InlineData("cache.r6gd.xlarge", "noeviction")]
    [InlineData("cache.r7g.large", "volatile-ttl")]
    public void Other_policies_and_nodes_are_accepted(string nodeType, string policy) =>
        Assert.Equal(policy, Parse(Valid().With(SettingKeys.NodeType, nodeType)
            .With(SettingKeys.Parameters, $$"""{"maxmemory-policy": "{{policy}}"}""")).Cache.Parameters["maxmemory-policy"]);
}
