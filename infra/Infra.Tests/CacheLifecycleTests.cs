namespace Infra.Tests;

public class CacheLifecycleTests
{
    [Fact]
    public async Task AFamilyUpgrade_CreatesAParameterGroupOfANewName_BeforeTheOldOneGoes()
    {
        var redis6 = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev").With("engine", "redis").With("engineVersion", "6.2"));
        var redis7 = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev").With("engine", "redis").With("engineVersion", "7.1"));

        Assert.NotEqual(redis6.Single(ResourceTypes.ParameterGroup).Text("name"), redis7.Single(ResourceTypes.ParameterGroup).Text("name"));
        // Create-before-delete (the default) is what lets the group move to the new one first.
        Assert.False(redis7.DeclaredSingle(ResourceTypes.ParameterGroup).Options is Pulumi.CustomResourceOptions { DeleteBeforeReplace: true });
    }

    [Fact]
    public async Task TheFinalSnapshot_IsNamedForTheCreation_AndKeptInStateAfterwards()
    {
        var run = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev").With("finalSnapshot", "true"));

        var name = run.Single(ResourceTypes.ReplicationGroup).Text("finalSnapshotIdentifier");
        Assert.Matches($"^{run.Settings.Cache.FinalSnapshotPrefix}-[0-9]{{8}}-[0-9]{{6}}$", name);
        Assert.Contains("finalSnapshotIdentifier", run.DeclaredSingle(ResourceTypes.ReplicationGroup).Options.IgnoreChanges);
    }

    [Fact]
    public async Task WithoutAFinalSnapshot_NothingIsIgnored()
    {
        var run = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev").With("finalSnapshot", "false"));

        Assert.False(run.Single(ResourceTypes.ReplicationGroup).Has("finalSnapshotIdentifier"));
        Assert.Empty(run.DeclaredSingle(ResourceTypes.ReplicationGroup).Options.IgnoreChanges);
    }

    // Issue 17 item 4: sent for every node type, false included, so leaving r6gd plans a replacement
    // (data_tiering_enabled is Optional+Computed+ForceNew: left out, the old true would stay in state).
    [Theory]
    [InlineData("cache.r6gd.xlarge", true)]
    [InlineData("cache.r7g.large", false)]
    [InlineData("cache.t4g.micro", false)]
    public async Task DataTiering_IsSentForEveryNodeType_AndFollowsIt(string nodeType, bool expected)
    {
        var run = await StackRun.RunAsync("prod", StackConfigs.FromStackFile("prod").With("nodeType", nodeType));

        var group = run.Single(ResourceTypes.ReplicationGroup);
        Assert.True(group.Has("dataTieringEnabled"));
        Assert.Equal(expected, group.Flag("dataTieringEnabled"));
    }

    [Theory]
    [InlineData("required")]
    [InlineData("preferred")]
    public async Task TheTransitEncryptionMode_ReachesTheGroup(string mode)
    {
        // preferred only without AUTH: ElastiCache refuses it with access control (issue 17 item 2).
        var config = StackConfigs.FromStackFile("dev").Without("authToken").With("authMode", "none").With("transitEncryptionMode", mode);
        var run = await StackRun.RunAsync("dev", config);

        Assert.Equal(mode, run.Single(ResourceTypes.ReplicationGroup).Text("transitEncryptionMode"));
    }

    // Issue 17 item 1: redis 6.2 refuses TransitEncryptionMode at create; TLS is still on.
    [Fact]
    public async Task OnRedis62_TlsIsOn_AndNoTransitEncryptionModeIsSent()
    {
        var run = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev").With("engine", "redis").With("engineVersion", "6.2"));

        var group = run.Single(ResourceTypes.ReplicationGroup);
        Assert.True(group.Flag("transitEncryptionEnabled"));
        Assert.False(group.Has("transitEncryptionMode"));
    }
}
