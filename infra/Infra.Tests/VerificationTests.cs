using System.Globalization;
using Infra.Settings;
using Pulumi;
using Pulumi.Utilities;

namespace Infra.Tests;

public class VerificationTests
{
    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task Disabled_DeclaresNoCheck(string stack)
    {
        var config = StackConfigs.FromStackFile(stack).With("clientEnabled", "true").With("verifyOnUp", "false");
        var run = await StackRun.RunAsync(stack, config);

        Assert.Empty(run.OfType(ResourceTypes.Command));
        Assert.Empty(run.OfType(ResourceTypes.VerifyComponent));
        Assert.False(run.Outputs.ContainsKey(StackOutputNames.Verification));
    }

    [Fact]
    public async Task Enabled_RunsTheSmokeTestThroughTheClient_WithTheTokenOnlyInTheEnvironment()
    {
        var run = await StackRun.RunAsync("dev", EnabledConfig());
        var groupId = run.Settings.Names.ReplicationGroupId;
        var port = run.Settings.Cache.Port.ToString(CultureInfo.InvariantCulture);
        var command = run.Single(ResourceTypes.Command);

        var create = command.Text("create");
        Assert.StartsWith($"dotnet run --project {SmokeCommandLine.SmokeProjectPath} -c Release -- ", create, StringComparison.Ordinal);
        Assert.Contains($"--primary {MockCloud.PrimaryEndpointOf(groupId)}:{port}", create, StringComparison.Ordinal);
        Assert.Contains($"--reader {MockCloud.ReaderEndpointOf(groupId)}:{port}", create, StringComparison.Ordinal);
        Assert.Contains(run.Settings.Cache.TransitEncryption ? " --tls" : " --no-tls", create, StringComparison.Ordinal);
        Assert.Contains($"--auth-token-env {SmokeCommandLine.AuthTokenVariable}", create, StringComparison.Ordinal);
        Assert.Contains($"--via-ssm {MockCloud.InstanceId}", create, StringComparison.Ordinal);
        Assert.EndsWith(" --json", create, StringComparison.Ordinal);
        Assert.DoesNotContain(StackConfigs.TestAuthToken, create, StringComparison.Ordinal);

        Assert.Equal(StackConfigs.TestAuthToken, command.TextFields("environment")[SmokeCommandLine.AuthTokenVariable]);
        Assert.Equal(MockCloud.Region, command.TextFields("environment")[SmokeCommandLine.RegionVariable]);
        Assert.Contains(" --outputs - ", create, StringComparison.Ordinal);
        Assert.Equal(SmokeCheckInput.Json(run.Settings.Cache.Replicas, run.Settings.Access), command.Text("stdin"));
        Assert.Equal(PulumiProjectRoot.Find(Directory.GetCurrentDirectory()), command.Text("dir"));
        Assert.True(File.Exists(Path.Combine(command.Text("dir"), SmokeCommandLine.SmokeProjectPath, "Smoke.csproj")));

        var report = Assert.IsType<Output<string>>(run.Outputs[StackOutputNames.Verification]);
        Assert.Equal(MockCloud.SmokeReport, await OutputUtilities.GetValueAsync(report));
        Assert.False(await Output.IsSecretAsync(report));
    }

    [Fact]
    public async Task Enabled_ReRunsWhenTheEndpointsPortOrEngineVersionChange()
    {
        var run = await StackRun.RunAsync("dev", EnabledConfig());
        var groupId = run.Settings.Names.ReplicationGroupId;

        var triggers = run.Single(ResourceTypes.Command).Items("triggers")
            .Select(t => Convert.ToString(t, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(
            new[]
            {
                MockCloud.PrimaryEndpointOf(groupId),
                MockCloud.ReaderEndpointOf(groupId),
                run.Settings.Cache.Port.ToString(CultureInfo.InvariantCulture),
                run.Settings.Cache.EngineVersion,
            },
            triggers);
    }

    [Fact]
    public async Task Enabled_DependsOnTheCacheAndTheClient()
    {
        var run = await StackRun.RunAsync("dev", EnabledConfig());

        var dependsOn = await ClientTests.DependenciesOf(run.DeclaredSingle(ResourceTypes.Command));
        Assert.Contains(ResourceTypes.CacheComponent, dependsOn);
        Assert.Contains(ResourceTypes.ClientComponent, dependsOn);
        var command = run.Single(ResourceTypes.Command);
        Assert.True(run.Single(ResourceTypes.ReplicationGroup).Order < command.Order);
        Assert.True(run.Single(ResourceTypes.Instance).Order < command.Order);
        Assert.Equal(ResourceTypes.VerifyComponent, run.DeclaredSingle(ResourceTypes.Command).Options.Parent?.GetResourceType());
    }

    private static Dictionary<string, string> EnabledConfig() =>
        StackConfigs.FromStackFile("dev").With("clientEnabled", "true").With("verifyOnUp", "true");
}
