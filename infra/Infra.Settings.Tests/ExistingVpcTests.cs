using static Infra.Settings.Tests.TestConfig;

namespace Infra.Settings.Tests;

public class ExistingVpcTests
{
    private const string Vpc = "vpc-0123456789abcdef0";
    private const string SubnetA = "subnet-0123456789abcdef0";
    private const string SubnetB = "subnet-89abcdef";

    private static Dictionary<string, string> Existing() => Valid()
        .With(SettingKeys.VpcId, Vpc)
        .With(SettingKeys.CacheSubnetIds, $"[\"{SubnetA}\",\"{SubnetB}\"]")
        .With(SettingKeys.ClientSubnetId, SubnetA);

    [Fact]
    public void Without_vpc_id_the_stack_creates_the_vpc_as_before()
    {
        var network = Parse(Valid()).Network;

        Assert.True(network.CreatesVpc);
        Assert.Null(network.ExistingVpc);
        Assert.True(network.CreateSsmEndpoints);
        Assert.NotEmpty(network.Subnets);
    }

    [Fact]
    public void With_vpc_id_the_subnets_are_the_given_ones_and_nothing_is_carved()
    {
        var network = Parse(Existing()).Network;

        Assert.False(network.CreatesVpc);
        var existing = Assert.IsType<ExistingVpcSettings>(network.ExistingVpc);
        Assert.Equal(Vpc, existing.VpcId);
        Assert.Equal([SubnetA, SubnetB], existing.CacheSubnetIds);
        Assert.Equal(SubnetA, existing.ClientSubnetId);
        Assert.Empty(network.Subnets);
        Assert.Equal(2, network.AvailabilityZoneCount);
        Assert.Null(network.FlowLogs);
    }

    [Fact]
    public void Ssm_endpoints_auto_means_none_in_an_existing_vpc_and_true_creates_them()
    {
        Assert.False(Parse(Existing()).Network.CreateSsmEndpoints);
        Assert.True(Parse(Existing().With(SettingKeys.SsmEndpoints, "true")).Network.CreateSsmEndpoints);
        Assert.False(Parse(Valid().With(SettingKeys.ClientEnabled, "false")).Network.CreateSsmEndpoints);
    }

    [Fact]
    public void Ssm_endpoints_false_in_a_created_vpc_with_the_client_explains_what_the_client_needs()
    {
        var problem = SingleProblem(SettingKeys.SsmEndpoints, "false");

        Assert.Contains("no internet or NAT gateway", problem.Allowed, StringComparison.Ordinal);
        Assert.Contains("ssmmessages", problem.Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_ssm_endpoints_value_is_rejected() =>
        Assert.Equal("\"sometimes\"", SingleProblem(SettingKeys.SsmEndpoints, "sometimes").Given);

    [Theory]
    [InlineData("vpc-0123")]
    [InlineData("vpc-0123456789ABCDEF0")]
    [InlineData("subnet-0123456789abcdef0")]
    [InlineData("vpc-0123456789abcdef")]
    public void A_malformed_vpc_id_is_rejected(string vpcId)
    {
        var problem = Assert.Single(Problems(Existing().With(SettingKeys.VpcId, vpcId)));

        Assert.Equal(SettingKeys.VpcId, problem.Key);
        Assert.Equal($"\"{vpcId}\"", problem.Given);
        Assert.Contains("8 or 17 hex digits", problem.Allowed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", "0 subnet(s) given")]
    [InlineData("[\"subnet-0123456789abcdef0\"]", "1 subnet(s) given")]
    [InlineData("[\"subnet-0123456789abcdef0\",\"sg-0123456789abcdef0\"]", "not subnet ids: sg-0123456789abcdef0")]
    [InlineData("[\"subnet-0123456789abcdef0\",\"subnet-0123456789abcdef0\"]", "repeated: subnet-0123456789abcdef0")]
    public void Cache_subnets_need_two_to_six_distinct_subnet_ids(string subnets, string reason)
    {
        var problem = Assert.Single(Problems(Existing().With(SettingKeys.CacheSubnetIds, subnets)));

        Assert.Equal(SettingKeys.CacheSubnetIds, problem.Key);
        Assert.Contains(reason, problem.Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void The_client_subnet_is_required_with_the_client_and_refused_without()
    {
        Assert.Equal(SettingKeys.ClientSubnetId, Assert.Single(Problems(Existing().Without(SettingKeys.ClientSubnetId))).Key);

        var withoutClient = Existing().With(SettingKeys.ClientEnabled, "false");
        Assert.Equal(SettingKeys.ClientSubnetId, Assert.Single(Problems(withoutClient)).Key);
        Assert.Null(Parse(withoutClient.Without(SettingKeys.ClientSubnetId)).Network.ExistingVpc!.ClientSubnetId);
    }

    [Fact]
    public void Subnet_keys_without_vpc_id_are_refused()
    {
        var problems = Problems(Valid()
            .With(SettingKeys.CacheSubnetIds, $"[\"{SubnetA}\",\"{SubnetB}\"]")
            .With(SettingKeys.ClientSubnetId, SubnetA));

        Assert.Equal([SettingKeys.CacheSubnetIds, SettingKeys.ClientSubnetId], problems.Select(p => p.Key));
    }

    [Fact]
    public void Every_id_problem_is_reported_at_once()
    {
        var problems = Problems(Existing()
            .With(SettingKeys.VpcId, "vpc-1")
            .With(SettingKeys.CacheSubnetIds, "subnet-2")
            .With(SettingKeys.ClientSubnetId, "subnet-3")
            .With(SettingKeys.AllowedSecurityGroupIds, "sg-4"));

        Assert.Equal(
            [SettingKeys.VpcId, SettingKeys.CacheSubnetIds, SettingKeys.ClientSubnetId, SettingKeys.AllowedSecurityGroupIds],
            problems.Select(p => p.Key));
    }

    [Fact]
    public void A_protected_stack_in_an_existing_vpc_needs_no_zone_names() =>
        Assert.True(Parse(Existing().With(SettingKeys.Protect, "true")).Cache.Protect);
}
