using Infra.Settings;
using Pulumi;
using Pulumi.Utilities;

namespace Infra.Tests;

public class ExistingVpcTests
{
    private const string Stack = "shared-vpc";

    [Fact]
    public async Task InAnExistingVpc_NoVpcSubnetRouteOrGatewayIsCreated_AndTheSubnetsAreReadByInvoke()
    {
        var config = StackConfigs.FromExample(Stack);
        var run = await StackRun.RunAsync(Stack, config);
        var existing = run.Settings.Network.ExistingVpc!;

        foreach (var type in new[] { ResourceTypes.Vpc, ResourceTypes.Subnet, ResourceTypes.RouteTable, ResourceTypes.RouteTableAssociation,
                     ResourceTypes.VpcEndpoint, ResourceTypes.DefaultSecurityGroup, ResourceTypes.FlowLog })
        {
            Assert.Empty(run.OfType(type));
        }

        var subnetCalls = run.Calls.Where(c => c.Token == "aws:ec2/getSubnet:getSubnet").Select(c => (string)c.Args["id"]).ToList();
        Assert.Equal(
            existing.CacheSubnetIds.Append(existing.ClientSubnetId!).Distinct().Order(StringComparer.Ordinal),
            subnetCalls.Distinct().Order(StringComparer.Ordinal));
        Assert.DoesNotContain(run.Calls, c => c.Token == "aws:index/getAvailabilityZones:getAvailabilityZones");

        Assert.Equal(existing.CacheSubnetIds, run.Single(ResourceTypes.SubnetGroup).Texts("subnetIds"));
        Assert.Equal(["us-east-1a", "us-east-1b"], run.Single(ResourceTypes.ReplicationGroup).Texts("preferredCacheClusterAzs"));
        Assert.All(run.OfType(ResourceTypes.SecurityGroup), group => Assert.Equal(MockCloud.ExistingVpcId, group.Text("vpcId")));
        Assert.Equal(existing.ClientSubnetId, run.Single(ResourceTypes.Instance).Text("subnetId"));
        Assert.Equal(MockCloud.ExistingVpcId, await Text(run, StackOutputNames.VpcId));
        Assert.Equal(MockCloud.ExistingVpcCidr, await Text(run, StackOutputNames.VpcCidrBlock));
        Assert.False(run.Outputs.ContainsKey(StackOutputNames.PrivateRouteTableId));
    }

    [Fact]
    public async Task WithoutTheStacksEndpoints_TheClientMayUseHttpsOutward_AndNothingComesIn()
    {
        var run = await StackRun.RunAsync(Stack, StackConfigs.FromExample(Stack));

        var outward = run.Named(ResourceTypes.EgressRule, "-client-to-any-443-out");
        Assert.Equal(run.SecurityGroupId(SecurityGroupRole.Client), outward.Text("securityGroupId"));
        Assert.Equal("0.0.0.0/0", outward.Text("cidrIpv4"));
        Assert.Equal(443, outward.Number("fromPort"));
        Assert.Equal(443, outward.Number("toPort"));
        Assert.All(run.OfType(ResourceTypes.IngressRule), rule =>
        {
            Assert.NotEqual("0.0.0.0/0", rule.Has("cidrIpv4") ? rule.Text("cidrIpv4") : null);
            Assert.Equal(run.SecurityGroupId(SecurityGroupRole.Cache), rule.Text("securityGroupId"));
        });
    }

    [Fact]
    public async Task WithSsmEndpointsTrue_TheEndpointsGoIntoTheClientSubnet()
    {
        var run = await StackRun.RunAsync(Stack, StackConfigs.FromExample(Stack).With("ssmEndpoints", "true"));

        var endpoints = run.OfType(ResourceTypes.VpcEndpoint);
        Assert.Equal(Network.SsmEndpointServices.Count, endpoints.Count);
        Assert.All(endpoints, e =>
        {
            Assert.Equal("Interface", e.Text("vpcEndpointType"));
            Assert.Equal(MockCloud.ExistingVpcId, e.Text("vpcId"));
            Assert.Equal(new[] { run.Settings.Network.ExistingVpc!.ClientSubnetId! }, e.Texts("subnetIds"));
        });
        Assert.DoesNotContain(run.OfType(ResourceTypes.EgressRule), r => r.Name.EndsWith("-client-to-any-443-out", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""["subnet-0123456789abcdef0","subnet-0fedcba987654321f"]""", "not in vpc-0123456789abcdef0: subnet-0fedcba987654321f")]
    [InlineData("""["subnet-0123456789abcdef0","subnet-0123456789abcdef2"]""", "all in one zone (us-east-1a)")]
    public async Task CacheSubnets_OutsideTheVpc_OrInOneZone_FailBeforeAnyCacheResource(string subnets, string reason)
    {
        var cloud = new MockCloud();
        var config = StackConfigs.FromExample(Stack).With("cacheSubnetIds", subnets);

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => StackRun.RunProgramAsync(Stack, config, cloud.CreateMocks().Object));

        Assert.Contains("cacheSubnetIds", failure.ToString(), StringComparison.Ordinal);
        Assert.Contains(reason, failure.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(cloud.Registrations, r => ResourceTypes.OwningComponent.TryGetValue(r.Type, out var owner) && owner == ResourceTypes.CacheComponent);
        Assert.DoesNotContain(cloud.Registrations, r => r.Type == ResourceTypes.CacheComponent);
    }

    [Fact]
    public async Task AClientSubnetOutsideTheVpc_Fails()
    {
        var config = StackConfigs.FromExample(Stack).With("clientSubnetId", "subnet-0fedcba987654321f");

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => StackRun.RunProgramAsync(Stack, config, new MockCloud().CreateMocks().Object));

        Assert.Contains("clientSubnetId", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSubnetGroupName_FollowsTheVpcId()
    {
        var first = await StackRun.RunAsync(Stack, StackConfigs.FromExample(Stack));
        var cloud = new MockCloud();
        const string otherVpc = "vpc-0fedcba987654321f";
        cloud.Subnets["subnet-0fedcba987654321a"] = (otherVpc, "us-east-1a");
        cloud.Subnets["subnet-0fedcba987654321b"] = (otherVpc, "us-east-1b");
        var moved = await StackRun.RunAsync(Stack, StackConfigs.FromExample(Stack)
            .With("vpcId", otherVpc)
            .With("cacheSubnetIds", """["subnet-0fedcba987654321a","subnet-0fedcba987654321b"]""")
            .With("clientSubnetId", "subnet-0fedcba987654321a"), cloud);

        Assert.NotEqual(first.Single(ResourceTypes.SubnetGroup).Text("name"), moved.Single(ResourceTypes.SubnetGroup).Text("name"));
    }

    private static Task<string> Text(StackRunResult run, string name) =>
        OutputUtilities.GetValueAsync(Assert.IsType<Output<string>>(run.Outputs[name]));

    // Issue 17 item 7: two cache subnets in us-east-1a and one in us-east-1b: the primary and the
    // replica go to different zones (distinct zones first), not both to us-east-1a.
    [Fact]
    public async Task TwoCacheSubnetsInOneZone_ThePrimaryAndTheReplicaStillGoToDifferentZones()
    {
        var config = StackConfigs.FromExample(Stack)
            .With("cacheSubnetIds", """["subnet-0123456789abcdef0","subnet-0123456789abcdef2","subnet-0123456789abcdef1"]""");

        var run = await StackRun.RunAsync(Stack, config);

        Assert.Equal(["us-east-1a", "us-east-1b"], run.Single(ResourceTypes.ReplicationGroup).Texts("preferredCacheClusterAzs"));
    }
}
