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

    [Fact]
    public void Without_the_stacks_ssm_endpoints_there_is_no_endpoint_flow_and_the_client_may_use_https_outward()
    {
        var security = Parse(Valid()
            .With(SettingKeys.VpcId, "vpc-0123456789abcdef0")
            .With(SettingKeys.CacheSubnetIds, "subnet-0123456789abcdef0,subnet-0123456789abcdef1")
            .With(SettingKeys.ClientSubnetId, "subnet-0123456789abcdef0")).Security;

        Assert.Empty(security.IngressTo(SecurityGroupRole.Endpoints));
        Assert.Equal(SecurityGroupRole.Client, Assert.Single(security.IngressTo(SecurityGroupRole.Cache)).Source);
        Assert.True(security.ClientHttpsToAnyDestination);
    }

    [Fact]
    public void A_created_vpc_keeps_every_client_egress_inside_the_vpc() =>
        Assert.False(Parse(Valid()).Security.ClientHttpsToAnyDestination);

    [Fact]
    public void Admitted_sources_reach_the_cache_port_only_and_never_the_whole_internet()
    {
        var security = Parse(Valid()
            .With(SettingKeys.AllowedSecurityGroupIds, "sg-0123456789abcdef0")
            .With(SettingKeys.AllowedCidrBlocks, "10.0.0.0/8,192.168.0.0/16")).Security;

        Assert.Equal(3, security.ExternalIngress.Count);
        Assert.All(security.ExternalIngress, ingress => Assert.Equal(6379, ingress.Port));
        Assert.DoesNotContain(security.ExternalIngress, ingress => ingress.Source is "0.0.0.0/0" or "::/0");
    }

    [Fact]
    public void The_s3_gateway_endpoint_policy_reads_only_the_amazon_linux_and_ssm_agent_buckets_of_the_region()
    {
        using var policy = System.Text.Json.JsonDocument.Parse(NetworkPolicies.S3GatewayEndpointPolicy("aws", "eu-west-1"));
        var statements = policy.RootElement.GetProperty("Statement").EnumerateArray().ToList();

        Assert.All(statements, s =>
        {
            Assert.Equal("Allow", s.GetProperty("Effect").GetString());
            Assert.Equal("*", s.GetProperty("Principal").GetString());
            Assert.Equal(["s3:GetObject"], s.GetProperty("Action").EnumerateArray().Select(a => a.GetString()));
        });
        Assert.Equal(
            [
                "arn:aws:s3:::al2023-repos-eu-west-1-de612dc2/*",
                "arn:aws:s3:::aws-ssm-eu-west-1/*",
                "arn:aws:s3:::aws-windows-downloads-eu-west-1/*",
                "arn:aws:s3:::amazon-ssm-eu-west-1/*",
                "arn:aws:s3:::amazon-ssm-packages-eu-west-1/*",
                "arn:aws:s3:::eu-west-1-birdwatcher-prod/*",
                "arn:aws:s3:::aws-ssm-distributor-file-eu-west-1/*",
                "arn:aws:s3:::aws-ssm-document-attachments-eu-west-1/*",
                "arn:aws:s3:::patch-baseline-snapshot-eu-west-1/*",
            ],
            statements.SelectMany(s => s.GetProperty("Resource").EnumerateArray().Select(r => r.GetString())));
    }

    [Fact]
    public void The_flow_log_role_trusts_only_the_flow_logs_service_of_this_account_and_region()
    {
        using var policy = System.Text.Json.JsonDocument.Parse(NetworkPolicies.FlowLogTrustPolicy("aws", "eu-west-1", "123456789012"));
        var statement = Assert.Single(policy.RootElement.GetProperty("Statement").EnumerateArray().ToList());

        Assert.Equal("vpc-flow-logs.amazonaws.com", statement.GetProperty("Principal").GetProperty("Service").GetString());
        Assert.Equal("sts:AssumeRole", statement.GetProperty("Action").GetString());
        var condition = statement.GetProperty("Condition");
        Assert.Equal("123456789012", condition.GetProperty("StringEquals").GetProperty("aws:SourceAccount").GetString());
        Assert.Equal("arn:aws:ec2:eu-west-1:123456789012:vpc-flow-log/*", condition.GetProperty("ArnLike").GetProperty("aws:SourceArn").GetString());
    }

    [Fact]
    public void The_flow_log_role_may_only_write_to_its_own_group()
    {
        const string group = "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/vpc-flow-logs/x";
        using var policy = System.Text.Json.JsonDocument.Parse(NetworkPolicies.FlowLogWritePolicy(group));
        var statement = Assert.Single(policy.RootElement.GetProperty("Statement").EnumerateArray().ToList());

        Assert.Equal(
            ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogGroups", "logs:DescribeLogStreams"],
            statement.GetProperty("Action").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal([group, group + ":*"], statement.GetProperty("Resource").EnumerateArray().Select(r => r.GetString()));
    }
}
