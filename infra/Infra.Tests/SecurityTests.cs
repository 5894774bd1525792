using Infra.Settings;

namespace Infra.Tests;

public class SecurityTests
{
    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task NoRule_UsesACidr_SoNothingIsOpenToTheInternet(string stack)
    {
        var run = await StackRun.RunAsync(stack, StackConfigs.FromStackFile(stack));

        var rules = run.OfType(ResourceTypes.IngressRule).Concat(run.OfType(ResourceTypes.EgressRule)).ToList();
        Assert.NotEmpty(rules);
        Assert.All(rules, rule =>
        {
            Assert.False(rule.Has("cidrIpv4"), $"{rule.Name} has a CIDR");
            Assert.False(rule.Has("cidrIpv6"), $"{rule.Name} has a CIDR");
            Assert.True(rule.Has("referencedSecurityGroupId") ^ rule.Has("prefixListId"));
            Assert.Equal("tcp", rule.Text("ipProtocol"));
            Assert.Equal(rule.Number("fromPort"), rule.Number("toPort"));
        });
        // No inline rules on the groups: they would fight the rule resources.
        Assert.All(run.OfType(ResourceTypes.SecurityGroup), group =>
        {
            Assert.Empty(group.Items("ingress"));
            Assert.Empty(group.Items("egress"));
        });
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task CachePort_IsReachableOnlyFromTheClientGroup(string stack)
    {
        var config = StackConfigs.FromStackFile(stack).With("clientEnabled", "true");
        var run = await StackRun.RunAsync(stack, config);
        var cacheGroup = run.SecurityGroupId(SecurityGroupRole.Cache);

        var ingress = Assert.Single(run.OfType(ResourceTypes.IngressRule), r => r.Text("securityGroupId") == cacheGroup);
        Assert.Equal(run.SecurityGroupId(SecurityGroupRole.Client), ingress.Text("referencedSecurityGroupId"));
        Assert.Equal(run.Settings.Cache.Port, ingress.Number("fromPort"));
        Assert.Equal(run.Settings.Cache.Port, ingress.Number("toPort"));
        Assert.Equal(new[] { cacheGroup }, run.Single(ResourceTypes.ReplicationGroup).Texts("securityGroupIds"));
    }

    [Fact]
    public async Task ClientGroup_HasNoIngress_AndEgressOnlyToTheCacheTheEndpointsAndS3()
    {
        var run = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev").With("clientEnabled", "true"));
        var clientGroup = run.SecurityGroupId(SecurityGroupRole.Client);

        Assert.DoesNotContain(run.OfType(ResourceTypes.IngressRule), r => r.Text("securityGroupId") == clientGroup);
        var egress = run.OfType(ResourceTypes.EgressRule)
            .Where(r => r.Text("securityGroupId") == clientGroup)
            .Select(r => $"{(r.Has("prefixListId") ? r.Text("prefixListId") : r.Text("referencedSecurityGroupId"))}:{r.Number("fromPort")}")
            .Order(StringComparer.Ordinal);
        var expected = new[]
        {
            $"{run.SecurityGroupId(SecurityGroupRole.Cache)}:{run.Settings.Cache.Port}",
            $"{run.SecurityGroupId(SecurityGroupRole.Endpoints)}:443",
            $"{MockCloud.S3PrefixListId}:443",
        }.Order(StringComparer.Ordinal);
        Assert.Equal(expected, egress);

        // The endpoints accept HTTPS from the client only.
        var endpointsIngress = Assert.Single(
            run.OfType(ResourceTypes.IngressRule), r => r.Text("securityGroupId") == run.SecurityGroupId(SecurityGroupRole.Endpoints));
        Assert.Equal(clientGroup, endpointsIngress.Text("referencedSecurityGroupId"));
        Assert.Equal(443, endpointsIngress.Number("fromPort"));
    }

    [Fact]
    public async Task WithoutTheClient_TheCacheGroupHasNoIngressAtAll()
    {
        var config = StackConfigs.FromStackFile("dev").With("clientEnabled", "false").With("verifyOnUp", "false");
        var run = await StackRun.RunAsync("dev", config);

        Assert.Empty(run.OfType(ResourceTypes.IngressRule));
        Assert.Empty(run.OfType(ResourceTypes.EgressRule));
    }
}
