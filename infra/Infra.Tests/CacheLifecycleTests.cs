namespace Infra.Tests;

public class CacheLifecycleTests
{
    [Fact]
    public async Task AFamilyUpgrade_CreatesAParameterGroupOfANewName_BeforeTheOldOneGoes()
    {
        var redis6 = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev").With("engineVersion", "6.2"));
        var redis7 = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev").With("engineVersion", "7.1"));

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

    [Theory]
    [InlineData("cache.r6gd.xlarge", true)]
    [InlineData("cache.r7g.large", false)]
    public async Task DataTiering_FollowsTheNodeType(string nodeType, bool expected)
    {
        var run = await StackRun.RunAsync("prod", StackConfigs.FromStackFile("prod").With("nodeType", nodeType));

        var group = run.Single(ResourceTypes.ReplicationGroup);
        Assert.Equal(expected, group.Has("dataTieringEnabled") && group.Flag("dataTieringEnabled"));
    }

    [Theory]
    [InlineData("required")]
    [InlineData("preferred")]
    public async Task TheTransitEncryptionMode_ReachesTheGroup(string mode)
    {
        var run = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev").With("transitEncryptionMode", mode));

        Assert.Equal(mode, run.Single(ResourceTypes.ReplicationGroup).Text("transitEncryptionMode"));
    }
}
