using Infra.Settings;

namespace Infra.Tests;

public class CacheTests
{
    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task ReplicationGroup_IsConfiguredFromTheSettings_AndMeetsTheBaseline(string stack)
    {
        var run = await StackRun.RunAsync(stack, StackConfigs.FromStackFile(stack));
        var cache = run.Settings.Cache;
        var group = run.Single(ResourceTypes.ReplicationGroup);

        Assert.Equal(run.Settings.Names.ReplicationGroupId, group.Text("replicationGroupId"));
        Assert.False(string.IsNullOrWhiteSpace(group.Text("description")));
        Assert.Equal(cache.EngineName, group.Text("engine"));
        Assert.Equal(cache.EngineVersion, group.Text("engineVersion"));
        Assert.Equal(cache.NodeType, group.Text("nodeType"));
        Assert.Equal(cache.Port, group.Number("port"));
        Assert.Equal(1 + cache.Replicas, group.Number("numCacheClusters"));
        Assert.Equal(cache.AutomaticFailover, group.Flag("automaticFailoverEnabled"));
        Assert.Equal(cache.MultiAz, group.Flag("multiAzEnabled"));
        Assert.Equal(cache.ApplyImmediately, group.Flag("applyImmediately"));
        Assert.Equal(cache.SnapshotRetentionDays, group.Number("snapshotRetentionLimit"));
        Assert.False(group.Has("numNodeGroups"), "cluster mode must stay disabled");

        // DESIGN.md's baseline (ElastiCache.1-7) for the committed stacks.
        Assert.True(group.Flag("transitEncryptionEnabled"));
        Assert.True(group.Flag("atRestEncryptionEnabled"));
        Assert.True(group.Number("snapshotRetentionLimit") >= 1);
        Assert.True(group.Flag("autoMinorVersionUpgrade"));
        if (cache.Replicas > 0)
        {
            Assert.True(group.Flag("automaticFailoverEnabled"));
            Assert.True(group.Flag("multiAzEnabled"));
        }

        var zoneNames = run.Settings.Network.AvailabilityZoneNames.Count > 0
            ? run.Settings.Network.AvailabilityZoneNames
            : MockCloud.ZoneNames;
        Assert.Equal(cache.PreferredZoneIndexes.Select(i => zoneNames[i]), group.Texts("preferredCacheClusterAzs"));

        var subnetGroup = run.Single(ResourceTypes.SubnetGroup);
        Assert.Equal(run.Settings.Network.SubnetGroupName, subnetGroup.Text("name"));
        Assert.Equal(run.Settings.Network.SubnetGroupName, group.Text("subnetGroupName"));
        Assert.NotEqual("default", group.Text("subnetGroupName"));
        var cacheSubnetIds = run.OfType(ResourceTypes.Subnet)
            .Where(s => s.Name.Contains("-cache-", StringComparison.Ordinal)).Select(s => s.Id!).Order(StringComparer.Ordinal);
        Assert.Equal(cacheSubnetIds, subnetGroup.Texts("subnetIds").Order(StringComparer.Ordinal));

        var parameterGroup = run.Single(ResourceTypes.ParameterGroup);
        Assert.Equal(cache.ParameterGroupName, group.Text("parameterGroupName"));
        Assert.Equal(cache.ParameterGroupName, parameterGroup.Text("name"));
        Assert.Equal(cache.ParameterGroupFamily, parameterGroup.Text("family"));
        var parameters = parameterGroup.Items("parameters")
            .Select(p => (IReadOnlyDictionary<string, object?>)p!)
            .ToDictionary(p => (string)p["name"]!, p => (string)p["value"]!);
        Assert.Equal(cache.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal), parameters.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task Protection_AndReplacementOrder_FollowTheSettings(string stack)
    {
        var run = await StackRun.RunAsync(stack, StackConfigs.FromStackFile(stack));

        var group = run.DeclaredSingle(ResourceTypes.ReplicationGroup).Options;
        Assert.Equal(run.Settings.Cache.Protect, group.Protect == true);
        // The fixed replication group id cannot exist twice: delete first, then create.
        Assert.True(Assert.IsType<Pulumi.CustomResourceOptions>(group).DeleteBeforeReplace);
        Assert.Equal(run.Settings.Cache.Protect, run.DeclaredSingle(ResourceTypes.SubnetGroup).Options.Protect == true);
    }

    [Fact]
    public async Task AuthToken_IsSetWithAnUpdateStrategy()
    {
        var run = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev"));
        var group = run.Single(ResourceTypes.ReplicationGroup);

        Assert.Equal(StackConfigs.TestAuthToken, group.Text("authToken"));
        Assert.Equal("ROTATE", group.Text("authTokenUpdateStrategy"));
        Assert.False(group.Has("userGroupIds") && group.Texts("userGroupIds").Count > 0);
    }

    [Fact]
    public async Task SlowLog_GoesToItsLogGroup_AsJson_WithARetention()
    {
        var config = StackConfigs.FromStackFile("dev").With("slowLog", "true");
        var run = await StackRun.RunAsync("dev", config);
        Assert.True(run.Settings.Cache.SlowLog);

        // The network's flow-log group is the other log group of the stack.
        var logGroup = Assert.Single(run.OfType(ResourceTypes.LogGroup), g => g.Text("name") == run.Settings.Names.SlowLogGroupName);
        Assert.Equal(run.Settings.Cache.SlowLogRetentionDays, logGroup.Number("retentionInDays"));
        var delivery = (IReadOnlyDictionary<string, object?>)Assert.Single(
            run.Single(ResourceTypes.ReplicationGroup).Items("logDeliveryConfigurations"))!;
        Assert.Equal(run.Settings.Names.SlowLogGroupName, delivery["destination"]);
        Assert.Equal("cloudwatch-logs", delivery["destinationType"]);
        Assert.Equal("json", delivery["logFormat"]);
        Assert.Equal("slow-log", delivery["logType"]);
    }

    [Fact]
    public async Task SlowLogOff_NoLogGroup_NoDelivery()
    {
        var run = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev").With("slowLog", "false"));

        Assert.DoesNotContain(run.OfType(ResourceTypes.LogGroup), g => g.Text("name") == run.Settings.Names.SlowLogGroupName);
        Assert.Empty(run.Single(ResourceTypes.ReplicationGroup).Items("logDeliveryConfigurations"));
    }

    [Fact]
    public async Task SecurityGroups_AreOnePerRole_NamedAfterTheRole()
    {
        var run = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev").With("clientEnabled", "true"));

        var names = run.OfType(ResourceTypes.SecurityGroup).Select(g => g.Name).Order(StringComparer.Ordinal);
        var expected = Enum.GetValues<SecurityGroupRole>()
            .Select(role => $"{run.Settings.Names.Prefix}-network-{SecurityGroupNames.Slug(role)}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, names);
    }
}
