using static Infra.Settings.Tests.TestConfig;

namespace Infra.Settings.Tests;

public class AllowedSourcesTests
{
    [Fact]
    public void Each_allowed_group_and_cidr_becomes_one_cache_port_ingress_with_its_source_named()
    {
        var security = Parse(Valid()
            .With(SettingKeys.Port, "6380")
            .With(SettingKeys.AllowedSecurityGroupIds, "[\"sg-0123456789abcdef0\",\"sg-89abcdef\"]")
            .With(SettingKeys.AllowedCidrBlocks, "[\"10.50.0.0/16\",\"100.64.0.0/10\"]")).Security;

        Assert.Equal(
            [
                (ExternalSourceKind.SecurityGroup, "sg-0123456789abcdef0"),
                (ExternalSourceKind.SecurityGroup, "sg-89abcdef"),
                (ExternalSourceKind.CidrBlock, "10.50.0.0/16"),
                (ExternalSourceKind.CidrBlock, "100.64.0.0/10"),
            ],
            security.ExternalIngress.Select(i => (i.Kind, i.Source)));
        Assert.All(security.ExternalIngress, i =>
        {
            Assert.Equal(6380, i.Port);
            Assert.Contains(i.Source, i.Description, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void By_default_nothing_outside_the_stack_is_admitted() =>
        Assert.Empty(Parse(Valid()).Security.ExternalIngress);

    [Theory]
    [InlineData("0.0.0.0/0", "wider than /8")]
    [InlineData("10.0.0.0/7", "wider than /8")]
    [InlineData("8.8.8.0/24", "not a private network")]
    [InlineData("100.128.0.0/16", "not a private network")]
    [InlineData("172.32.0.0/16", "not a private network")]
    [InlineData("10.1.2.3/16", "host bits set")]
    [InlineData("::/0", "not an IPv4 CIDR block")]
    [InlineData("10.0.0.0", "not an IPv4 CIDR block")]
    [InlineData("10.1.0.0/16,10.1.0.0/16", "repeated: 10.1.0.0/16")]
    public void Only_private_ipv4_blocks_no_wider_than_8_are_admitted(string blocks, string reason)
    {
        var problem = SingleProblem(SettingKeys.AllowedCidrBlocks, blocks);

        Assert.Equal(SettingKeys.AllowedCidrBlocks, problem.Key);
        Assert.Contains(reason, problem.Allowed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10.0.0.0/8")]
    [InlineData("172.16.0.0/12")]
    [InlineData("192.168.10.0/24")]
    [InlineData("100.64.0.0/10")]
    [InlineData("10.1.2.3/32")]
    public void Private_blocks_are_accepted(string block) =>
        Assert.Equal([block], ParseWith(SettingKeys.AllowedCidrBlocks, block).Network.AllowedCidrBlocks);

    [Theory]
    [InlineData("sg-123")]
    [InlineData("sg-0123456789ABCDEF0")]
    [InlineData("vpc-0123456789abcdef0")]
    [InlineData("sg-0123456789abcdef0,sg-0123456789abcdef0")]
    public void Only_distinct_security_group_ids_are_admitted(string ids) =>
        Assert.Equal(SettingKeys.AllowedSecurityGroupIds, SingleProblem(SettingKeys.AllowedSecurityGroupIds, ids).Key);
}
