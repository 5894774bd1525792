using System.Text.Json;
using Infra.Settings;
using Pulumi;

namespace Infra.Tests;

public class ClientTests
{
    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task Instance_IsPrivate_RequiresImdsV2_AndHasAnEncryptedRootVolume(string stack)
    {
        var run = await StackRun.RunAsync(stack, StackConfigs.FromStackFile(stack).With("clientEnabled", "true"));
        var client = run.Settings.Client;
        var instance = run.Single(ResourceTypes.Instance);

        Assert.False(instance.Flag("associatePublicIpAddress"));
        Assert.Equal("required", instance.Fields("metadataOptions")["httpTokens"]);
        var root = instance.Fields("rootBlockDevice");
        Assert.True((bool)root["encrypted"]!);
        Assert.Equal("gp3", root["volumeType"]);
        Assert.Equal(client.InstanceType, instance.Text("instanceType"));
        Assert.Equal(MockCloud.AmiId, instance.Text("ami"));
        Assert.Contains(run.Calls, c => c.Token == "aws:ssm/getParameter:getParameter" && (string)c.Args["name"] == client.AmiParameterName);
        Assert.Equal(run.Named(ResourceTypes.Subnet, $"-client-{run.Settings.Network.ClientZoneIndex}").Id, instance.Text("subnetId"));
        Assert.Equal(new[] { run.SecurityGroupId(SecurityGroupRole.Client) }, instance.Texts("vpcSecurityGroupIds"));
        Assert.Equal($"{run.Single(ResourceTypes.InstanceProfile).Name}-1a2b3c4", instance.Text("iamInstanceProfile"));
        Assert.Contains("redis-cli", instance.Text("userData"), StringComparison.Ordinal);
        Assert.False(instance.Has("keyName"), "no SSH key: access is through SSM only");
    }

    [Fact]
    public async Task Instance_WaitsForTheNetwork_SoItsFirstBootCanReachS3AndSsm()
    {
        var run = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev").With("clientEnabled", "true"));

        var dependsOn = await DependenciesOf(run.DeclaredSingle(ResourceTypes.Instance));
        Assert.Contains(ResourceTypes.NetworkComponent, dependsOn);
        var instance = run.Single(ResourceTypes.Instance);
        Assert.All(run.OfType(ResourceTypes.EgressRule), rule => Assert.True(rule.Order < instance.Order));
        Assert.All(run.OfType(ResourceTypes.VpcEndpoint), endpoint => Assert.True(endpoint.Order < instance.Order));
    }

    [Fact]
    public async Task Role_IsTrustedByEc2_AndHasOnlyTheSsmCorePolicy()
    {
        var run = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev").With("clientEnabled", "true"));

        // The network's flow-log role is the other role of the stack.
        var role = Assert.Single(run.OfType(ResourceTypes.Role), r => r.Name.StartsWith(run.Settings.Names.Prefix + "-client-", StringComparison.Ordinal));
        using var trust = JsonDocument.Parse(role.Text("assumeRolePolicy"));
        var statement = Assert.Single(trust.RootElement.GetProperty("Statement").EnumerateArray());
        Assert.Equal("ec2.amazonaws.com", statement.GetProperty("Principal").GetProperty("Service").GetString());
        Assert.Equal("sts:AssumeRole", statement.GetProperty("Action").GetString());
        Assert.Empty(role.Items("managedPolicyArns"));
        Assert.Empty(role.Items("inlinePolicies"));

        var attachment = run.Single(ResourceTypes.RolePolicyAttachment);
        Assert.Equal("arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore", attachment.Text("policyArn"));
        Assert.Equal($"{role.Name}-1a2b3c4", attachment.Text("role"));
        Assert.Equal($"{role.Name}-1a2b3c4", run.Single(ResourceTypes.InstanceProfile).Text("role"));
    }

    internal static async Task<IReadOnlyList<string>> DependenciesOf(DeclaredResource resource)
    {
        var resources = await Pulumi.Utilities.OutputUtilities.GetValueAsync(resource.Options.DependsOn.ToOutput());
        return resources.Select(r => r.GetResourceType()).ToList();
    }
}
