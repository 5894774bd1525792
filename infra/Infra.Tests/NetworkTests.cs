using Infra.Settings;

namespace Infra.Tests;

public class NetworkTests
{
    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task Subnets_ArePrivate_OneCacheAndOneClientSubnetPerDistinctZone(string stack)
    {
        var run = await StackRun.RunAsync(stack, StackConfigs.FromStackFile(stack));
        var plan = run.Settings.Network.Subnets;

        var cacheSubnets = run.OfType(ResourceTypes.Subnet).Where(s => s.Name.Contains("-cache-", StringComparison.Ordinal)).ToList();
        var clientSubnets = run.OfType(ResourceTypes.Subnet).Where(s => s.Name.Contains("-client-", StringComparison.Ordinal)).ToList();
        Assert.Equal(plan.Count, cacheSubnets.Count);
        Assert.Equal(plan.Count, clientSubnets.Count);
        Assert.Equal(cacheSubnets.Count, cacheSubnets.Select(s => s.Text("availabilityZone")).Distinct().Count());
        Assert.Equal(clientSubnets.Count, clientSubnets.Select(s => s.Text("availabilityZone")).Distinct().Count());
        Assert.Equal(
            plan.Select(z => z.CacheSubnetCidr).Order(StringComparer.Ordinal),
            cacheSubnets.Select(s => s.Text("cidrBlock")).Order(StringComparer.Ordinal));
        Assert.Equal(
            plan.Select(z => z.ClientSubnetCidr).Order(StringComparer.Ordinal),
            clientSubnets.Select(s => s.Text("cidrBlock")).Order(StringComparer.Ordinal));
        Assert.All(run.OfType(ResourceTypes.Subnet), s => Assert.False(s.Flag("mapPublicIpOnLaunch")));
        Assert.All(run.OfType(ResourceTypes.Subnet), s => Assert.Equal(run.Single(ResourceTypes.Vpc).Id, s.Text("vpcId")));
    }

    [Fact]
    public async Task ZoneNames_ComeFromTheRegion_UnlessTheConfigListsThem()
    {
        var fromRegion = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev").Without("availabilityZoneNames"));
        // Regional zones only (no Local or Wavelength Zones), and no state filter, so an impaired zone does not shift the rest.
        var zonesCall = Assert.Single(fromRegion.Calls, c => c.Token == "aws:index/getAvailabilityZones:getAvailabilityZones");
        Assert.False(zonesCall.Args.ContainsKey("state"));
        var filter = (IReadOnlyDictionary<string, object?>)Assert.Single((IEnumerable<object?>)zonesCall.Args["filters"])!;
        Assert.Equal("opt-in-status", filter["name"]);
        Assert.Equal(["opt-in-not-required"], ((IEnumerable<object?>)filter["values"]!).Cast<string>());
        Assert.All(fromRegion.OfType(ResourceTypes.Subnet), s => Assert.Contains(s.Text("availabilityZone"), MockCloud.ZoneNames));

        string[] listed = ["us-east-1f", "us-east-1d", "us-east-1b"];
        var config = StackConfigs.FromStackFile("dev")
            .With("availabilityZoneCount", "3")
            .With("availabilityZoneNames", """["us-east-1f","us-east-1d","us-east-1b"]""");
        var fromConfig = await StackRun.RunAsync("dev", config);
        Assert.DoesNotContain(fromConfig.Calls, c => c.Token == "aws:index/getAvailabilityZones:getAvailabilityZones");
        var cacheZones = fromConfig.OfType(ResourceTypes.Subnet)
            .Where(s => s.Name.Contains("-cache-", StringComparison.Ordinal))
            .Select(s => s.Text("availabilityZone"));
        Assert.Equal(listed.Order(StringComparer.Ordinal), cacheZones.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task Vpc_HasDns_AndNothingRoutesToTheInternet(string stack)
    {
        var run = await StackRun.RunAsync(stack, StackConfigs.FromStackFile(stack));

        var vpc = run.Single(ResourceTypes.Vpc);
        Assert.Equal(run.Settings.Network.VpcCidr, vpc.Text("cidrBlock"));
        Assert.True(vpc.Flag("enableDnsSupport"));
        Assert.True(vpc.Flag("enableDnsHostnames"));

        Assert.DoesNotContain(run.Registrations, r =>
            r.Type.Contains("internetGateway", StringComparison.OrdinalIgnoreCase)
            || r.Type.Contains("natGateway", StringComparison.OrdinalIgnoreCase)
            || r.Type.StartsWith("aws:ec2/eip:", StringComparison.Ordinal)
            || r.Type.Contains("/route:", StringComparison.Ordinal));
        var routeTable = run.Single(ResourceTypes.RouteTable);
        Assert.Empty(routeTable.Items("routes"));
        Assert.All(run.OfType(ResourceTypes.RouteTableAssociation), a => Assert.Equal(routeTable.Id, a.Text("routeTableId")));
        Assert.All(run.OfType(ResourceTypes.Instance), i => Assert.False(i.Flag("associatePublicIpAddress")));
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task Endpoints_S3Gateway_AndSsmInterfaceEndpointsInTheClientSubnetOnly(string stack)
    {
        var config = StackConfigs.FromStackFile(stack).With("clientEnabled", "true");
        var run = await StackRun.RunAsync(stack, config);
        var endpoints = run.OfType(ResourceTypes.VpcEndpoint);

        var s3 = Assert.Single(endpoints, e => e.Text("vpcEndpointType") == "Gateway");
        Assert.Equal($"com.amazonaws.{MockCloud.Region}.s3", s3.Text("serviceName"));
        Assert.Equal(new[] { run.Single(ResourceTypes.RouteTable).Id! }, s3.Texts("routeTableIds"));

        var clientSubnet = run.Named(ResourceTypes.Subnet, $"-client-{run.Settings.Network.ClientZoneIndex}");
        var interfaces = endpoints.Where(e => e.Text("vpcEndpointType") == "Interface").ToList();
        Assert.Equal(
            Network.SsmEndpointServices.Select(s => $"com.amazonaws.{MockCloud.Region}.{s}").Order(StringComparer.Ordinal),
            interfaces.Select(e => e.Text("serviceName")).Order(StringComparer.Ordinal));
        Assert.All(interfaces, e =>
        {
            Assert.True(e.Flag("privateDnsEnabled"));
            Assert.Equal(new[] { clientSubnet.Id! }, e.Texts("subnetIds"));
            Assert.Equal(new[] { run.SecurityGroupId(SecurityGroupRole.Endpoints) }, e.Texts("securityGroupIds"));
        });
    }

    [Fact]
    public async Task WithoutTheClient_NoInterfaceEndpoints_AndOnlyTheCacheGroup()
    {
        var config = StackConfigs.FromStackFile("dev").With("clientEnabled", "false").With("verifyOnUp", "false");
        var run = await StackRun.RunAsync("dev", config);

        Assert.Equal("Gateway", Assert.Single(run.OfType(ResourceTypes.VpcEndpoint)).Text("vpcEndpointType"));
        Assert.Single(run.OfType(ResourceTypes.SecurityGroup));
        Assert.Empty(run.OfType(ResourceTypes.Instance));
        Assert.DoesNotContain(run.Calls, c => c.Token == "aws:ssm/getParameter:getParameter");
    }
}
