using Pulumi;
using Pulumi.Utilities;

namespace Infra.Tests;

public class OutputTests
{
    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task Outputs_HoldTheContract_WithTheRightShapes(string stack)
    {
        var run = await StackRun.RunAsync(stack, StackConfigs.FromStackFile(stack).With("clientEnabled", "true"));
        var outputs = run.Outputs;
        var groupId = run.Settings.Names.ReplicationGroupId;

        Assert.Equal(MockCloud.PrimaryEndpointOf(groupId), await Text(outputs, StackOutputNames.PrimaryEndpoint));
        Assert.Equal(MockCloud.ReaderEndpointOf(groupId), await Text(outputs, StackOutputNames.ReaderEndpoint));
        Assert.Equal(run.Settings.Cache.Port, Assert.IsType<int>(outputs[StackOutputNames.Port]));
        Assert.Equal(run.Settings.Cache.TransitEncryption, Assert.IsType<bool>(outputs[StackOutputNames.TransitEncryption]));
        Assert.Equal(groupId, await Text(outputs, StackOutputNames.ReplicationGroupId));
        Assert.Equal(MockCloud.InstanceId, await Text(outputs, StackOutputNames.ClientInstanceId));
        Assert.Equal(run.Single(ResourceTypes.Vpc).Id, await Text(outputs, StackOutputNames.VpcId));
        Assert.Equal(MockCloud.Region, await Text(outputs, StackOutputNames.Region));
        Assert.Equal(run.Settings.Cache.EngineName, Assert.IsType<string>(outputs[StackOutputNames.Engine]));
        Assert.Equal(run.Settings.Cache.EngineVersion, Assert.IsType<string>(outputs[StackOutputNames.EngineVersion]));
    }

    [Fact]
    public async Task AuthToken_IsASecretOutput()
    {
        var run = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev"));

        var token = Assert.IsType<Output<string>>(run.Outputs[StackOutputNames.AuthToken]);
        Assert.True(await Output.IsSecretAsync(token));
        Assert.Equal(StackConfigs.TestAuthToken, await OutputUtilities.GetValueAsync(token));
        // No other output carries it, except the connection strings, which are secret too.
        string[] carriers = [StackOutputNames.AuthToken, StackOutputNames.ConnectionString, StackOutputNames.ReaderConnectionString];
        foreach (var carrier in carriers)
        {
            Assert.True(await Output.IsSecretAsync(Assert.IsType<Output<string>>(run.Outputs[carrier])), $"{carrier} is not secret");
        }

        foreach (var (name, value) in run.Outputs.Where(o => !carriers.Contains(o.Key)))
        {
            var text = await OutputText.Of(value);
            Assert.False(text.Contains(StackConfigs.TestAuthToken, StringComparison.Ordinal), $"{name} carries the token");
        }
    }

    [Fact]
    public async Task AuthToken_IsAbsent_WhenAuthIsOff()
    {
        var config = StackConfigs.FromStackFile("dev").With("authEnabled", "false").Without("authToken");
        if (!StackSettingsAccept(config))
        {
            // The settings enforce AUTH for this stack: the program must refuse it too.
            await Assert.ThrowsAnyAsync<Exception>(() => StackRun.RunProgramAsync("dev", config, new MockCloud().CreateMocks().Object));
            return;
        }

        var run = await StackRun.RunAsync("dev", config);
        Assert.False(run.Outputs.ContainsKey(StackOutputNames.AuthToken));
        var group = run.Single(ResourceTypes.ReplicationGroup);
        Assert.False(group.Has("authToken"));
        Assert.False(group.Has("authTokenUpdateStrategy"));
    }

    [Fact]
    public async Task ClientInstanceId_IsAbsent_WithoutTheClient()
    {
        var config = StackConfigs.FromStackFile("dev").With("clientEnabled", "false").With("verifyOnUp", "false");
        var run = await StackRun.RunAsync("dev", config);

        Assert.False(run.Outputs.ContainsKey(StackOutputNames.ClientInstanceId));
        Assert.True(run.Outputs.ContainsKey(StackOutputNames.PrimaryEndpoint));
    }

    private static Task<string> Text(IDictionary<string, object?> outputs, string name) =>
        OutputUtilities.GetValueAsync(Assert.IsType<Output<string>>(outputs[name]));

    private static bool StackSettingsAccept(IReadOnlyDictionary<string, string> config)
    {
        try
        {
            _ = Infra.Settings.StackSettingsParser.Parse(StackRun.Project, "dev", config);
            return true;
        }
        catch (Infra.Settings.SettingsValidationException)
        {
            return false;
        }
    }
}
