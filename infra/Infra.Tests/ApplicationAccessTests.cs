using System.Text.Json;
using Infra.Settings;
using Pulumi;
using Pulumi.Utilities;

namespace Infra.Tests;

/// <summary>Who besides the client may connect, what applications get as outputs, and the created VPC's baseline controls.</summary>
public class ApplicationAccessTests
{
    private const string AppGroup = "sg-0aaaaaaaaaaaaaaa1";

    [Fact]
    public async Task AllowedGroupsAndCidrs_GetExactlyOneCachePortRuleEach_AndNothingWider()
    {
        var config = StackConfigs.FromStackFile("dev")
            .With("allowedSecurityGroupIds", $"[\"{AppGroup}\"]")
            .With("allowedCidrBlocks", """["10.50.0.0/16","100.64.0.0/10"]""");
        var run = await StackRun.RunAsync("dev", config);
        var cacheGroup = run.SecurityGroupId(SecurityGroupRole.Cache);
        var port = run.Settings.Cache.Port;

        var toCache = run.OfType(ResourceTypes.IngressRule).Where(r => r.Text("securityGroupId") == cacheGroup).ToList();
        Assert.Equal(4, toCache.Count);
        Assert.All(toCache, rule =>
        {
            Assert.Equal("tcp", rule.Text("ipProtocol"));
            Assert.Equal(port, rule.Number("fromPort"));
            Assert.Equal(port, rule.Number("toPort"));
            Assert.True(rule.Has("referencedSecurityGroupId") ^ rule.Has("cidrIpv4"));
        });
        Assert.Equal(
            new[] { AppGroup, run.SecurityGroupId(SecurityGroupRole.Client) }.Order(StringComparer.Ordinal),
            toCache.Where(r => r.Has("referencedSecurityGroupId")).Select(r => r.Text("referencedSecurityGroupId")).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["10.50.0.0/16", "100.64.0.0/10"],
            toCache.Where(r => r.Has("cidrIpv4")).Select(r => r.Text("cidrIpv4")).Order(StringComparer.Ordinal));
        Assert.Contains(toCache, r => r.Text("description").Contains(AppGroup, StringComparison.Ordinal));
        Assert.DoesNotContain(run.OfType(ResourceTypes.IngressRule), r => r.Has("cidrIpv6") || (r.Has("cidrIpv4") && r.Text("cidrIpv4") == "0.0.0.0/0"));
    }

    [Fact]
    public async Task Outputs_ForApplications_HaveTheRightShapes_AndTheConnectionStringsAreSecret()
    {
        var run = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev"));
        var outputs = run.Outputs;
        var groupId = run.Settings.Names.ReplicationGroupId;
        var port = run.Settings.Cache.Port;

        Assert.Equal(run.SecurityGroupId(SecurityGroupRole.Cache), await Text(outputs, StackOutputNames.CacheSecurityGroupId));
        Assert.Equal(run.Settings.Network.VpcCidr, await Text(outputs, StackOutputNames.VpcCidrBlock));
        Assert.Equal(run.Single(ResourceTypes.RouteTable).Id, await Text(outputs, StackOutputNames.PrivateRouteTableId));
        Assert.Equal(run.Settings.Cache.Replicas, Assert.IsType<int>(outputs[StackOutputNames.Replicas]));
        var subnets = await OutputUtilities.GetValueAsync(Assert.IsType<Output<System.Collections.Immutable.ImmutableArray<string>>>(outputs[StackOutputNames.CacheSubnetIds]));
        Assert.Equal(run.Single(ResourceTypes.SubnetGroup).Texts("subnetIds"), subnets);

        Assert.Equal($"rediss://{MockCloud.PrimaryEndpointOf(groupId)}:{port}", await Text(outputs, StackOutputNames.PrimaryEndpointUrl));
        Assert.Equal($"rediss://{MockCloud.ReaderEndpointOf(groupId)}:{port}", await Text(outputs, StackOutputNames.ReaderEndpointUrl));
        Assert.False(await Output.IsSecretAsync(Assert.IsType<Output<string>>(outputs[StackOutputNames.PrimaryEndpointUrl])));

        foreach (var (name, host) in new[] { (StackOutputNames.ConnectionString, MockCloud.PrimaryEndpointOf(groupId)), (StackOutputNames.ReaderConnectionString, MockCloud.ReaderEndpointOf(groupId)) })
        {
            var connection = Assert.IsType<Output<string>>(outputs[name]);
            Assert.True(await Output.IsSecretAsync(connection), $"{name} is not secret");
            Assert.Equal($"{host}:{port},ssl=true,password={StackConfigs.TestAuthToken},abortConnect=false", await OutputUtilities.GetValueAsync(connection));
        }

        Assert.False(outputs.ContainsKey(StackOutputNames.PrimaryDnsName));
    }

    [Fact]
    public async Task WithAHostedZone_CnamesPointAtTheEndpoints_AndAreExported()
    {
        var config = StackConfigs.FromStackFile("dev").With("privateDnsZoneId", "Z0123456789ABCDEFGHIJ");
        var run = await StackRun.RunAsync("dev", config);
        var groupId = run.Settings.Names.ReplicationGroupId;

        var records = run.OfType(ResourceTypes.DnsRecord);
        Assert.Equal(2, records.Count);
        Assert.All(records, r =>
        {
            Assert.Equal("Z0123456789ABCDEFGHIJ", r.Text("zoneId"));
            Assert.Equal("CNAME", r.Text("type"));
            Assert.Equal(EndpointDnsNames.TtlSeconds, r.Number("ttl"));
        });
        Assert.Equal([MockCloud.PrimaryEndpointOf(groupId)], records.Single(r => r.Text("name") == "dev-primary").Texts("records"));
        Assert.Equal([MockCloud.ReaderEndpointOf(groupId)], records.Single(r => r.Text("name") == "dev-reader").Texts("records"));
        Assert.Equal($"dev-primary.{MockCloud.HostedZoneDomain}", await Text(run.Outputs, StackOutputNames.PrimaryDnsName));
        Assert.Equal($"dev-reader.{MockCloud.HostedZoneDomain}", await Text(run.Outputs, StackOutputNames.ReaderDnsName));
    }

    [Fact]
    public async Task TheSubnetGroupName_ChangesWithTheVpcCidr_SoANewVpcReplacesIt()
    {
        var first = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev").With("vpcCidr", "10.0.0.0/16"));
        var second = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev").With("vpcCidr", "10.1.0.0/16"));
        var again = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev").With("vpcCidr", "10.0.0.0/16"));

        var name = first.Single(ResourceTypes.SubnetGroup).Text("name");
        Assert.NotEqual(name, second.Single(ResourceTypes.SubnetGroup).Text("name"));
        Assert.Equal(name, again.Single(ResourceTypes.SubnetGroup).Text("name"));
        Assert.Equal(name, first.Single(ResourceTypes.ReplicationGroup).Text("subnetGroupName"));
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task TheCreatedVpc_HasAnEmptyDefaultGroup_FlowLogs_AndALimitedS3Policy(string stack)
    {
        var run = await StackRun.RunAsync(stack, StackConfigs.FromStackFile(stack));
        var vpcId = run.Single(ResourceTypes.Vpc).Id;

        var defaultGroup = run.Single(ResourceTypes.DefaultSecurityGroup);
        Assert.Equal(vpcId, defaultGroup.Text("vpcId"));
        Assert.Empty(defaultGroup.Items("ingress"));
        Assert.Empty(defaultGroup.Items("egress"));

        var flowSettings = run.Settings.Network.FlowLogs!;
        var logGroup = run.OfType(ResourceTypes.LogGroup).Single(g => g.Text("name") == flowSettings.LogGroupName);
        Assert.Equal(flowSettings.RetentionDays, logGroup.Number("retentionInDays"));
        var flowLog = run.Single(ResourceTypes.FlowLog);
        Assert.Equal(vpcId, flowLog.Text("vpcId"));
        Assert.Equal("ALL", flowLog.Text("trafficType"));
        Assert.Equal("cloud-watch-logs", flowLog.Text("logDestinationType"));
        var logGroupArn = $"arn:aws:logs:{MockCloud.Region}:{MockCloud.AccountId}:log-group:{flowSettings.LogGroupName}";
        Assert.Equal(logGroupArn, flowLog.Text("logDestination"));

        var role = run.OfType(ResourceTypes.Role).Single(r => r.Name.EndsWith("-flow-logs-role", StringComparison.Ordinal));
        Assert.Equal($"arn:aws:iam::{MockCloud.AccountId}:role/{role.Name}", flowLog.Text("iamRoleArn"));
        Assert.Equal(NetworkPolicies.FlowLogTrustPolicy("aws", MockCloud.Region, MockCloud.AccountId), role.Text("assumeRolePolicy"));
        var write = run.Single(ResourceTypes.RolePolicy);
        Assert.Equal(role.Id, write.Text("role"));
        Assert.Equal(NetworkPolicies.FlowLogWritePolicy(logGroupArn), write.Text("policy"));

        var s3 = run.OfType(ResourceTypes.VpcEndpoint).Single(e => e.Text("vpcEndpointType") == "Gateway");
        Assert.Equal(NetworkPolicies.S3GatewayEndpointPolicy("aws", MockCloud.Region), s3.Text("policy"));
        using var policy = JsonDocument.Parse(s3.Text("policy"));
        Assert.Equal(2, policy.RootElement.GetProperty("Statement").GetArrayLength());
        Assert.DoesNotContain("arn:aws:s3:::*", s3.Text("policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FlowLogsOff_CreatesNoFlowLogResources()
    {
        var run = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev").With("flowLogs", "false"));

        Assert.Empty(run.OfType(ResourceTypes.FlowLog));
        Assert.Empty(run.OfType(ResourceTypes.RolePolicy));
        Assert.DoesNotContain(run.OfType(ResourceTypes.Role), r => r.Name.EndsWith("-flow-logs-role", StringComparison.Ordinal));
        Assert.Single(run.OfType(ResourceTypes.DefaultSecurityGroup));
    }

    private static Task<string> Text(IDictionary<string, object?> outputs, string name) =>
        OutputUtilities.GetValueAsync(Assert.IsType<Output<string>>(outputs[name]));
}
