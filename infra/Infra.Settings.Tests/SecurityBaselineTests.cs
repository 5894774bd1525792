using static Infra.Settings.Tests.TestConfig;

namespace Infra.Settings.Tests;

public class SecurityBaselineTests
{
    [Fact]
    public void With_the_client_the_cache_port_is_open_only_from_the_client()
    {
        var security = ParseWith(SettingKeys.Port, "6380").Security;

        var ingress = Assert.Single(security.IngressTo(SecurityGroupRole.Cache));
        Assert.Equal(SecurityGroupRole.Client, ingress.Source);
        Assert.Equal(6380, ingress.Port);
    }

    [Fact]
    public void With_the_client_the_endpoints_accept_https_only_from_the_client()
    {
        var ingress = Assert.Single(Parse(Valid()).Security.IngressTo(SecurityGroupRole.Endpoints));

        Assert.Equal(SecurityGroupRole.Client, ingress.Source);
        Assert.Equal(443, ingress.Port);
    }

    [Fact]
    public void Only_the_client_opens_connections()
    {
        var security = Parse(Valid()).Security;

        Assert.Equal(2, security.EgressFrom(SecurityGroupRole.Client).Count());
        Assert.Empty(security.EgressFrom(SecurityGroupRole.Cache));
        Assert.Empty(security.EgressFrom(SecurityGroupRole.Endpoints));
        Assert.Empty(security.IngressTo(SecurityGroupRole.Client));
    }

    [Fact]
    public void Without_the_client_nothing_is_open() =>
        Assert.Empty(ParseWith(SettingKeys.ClientEnabled, "false").Security.Flows);

    [Fact]
    public void Every_flow_has_a_description() =>
        Assert.All(Parse(Valid()).Security.Flows, flow => Assert.False(string.IsNullOrWhiteSpace(flow.Description)));
}
