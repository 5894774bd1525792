using static Infra.Settings.Tests.TestConfig;

namespace Infra.Settings.Tests;

public class ZoneAndSubnetGroupTests
{
    [Fact]
    public void A_protected_stack_without_zone_names_is_refused_with_the_command_to_name_them()
    {
        var problem = SingleProblem(SettingKeys.Protect, "true");

        Assert.Equal(SettingKeys.AvailabilityZoneNames, problem.Key);
        Assert.Contains("protect is true", problem.Allowed, StringComparison.Ordinal);
        Assert.Contains("pulumi config set --path 'availabilityZoneNames[0]'", problem.Allowed, StringComparison.Ordinal);
        Assert.Contains("AWS refuses", problem.Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void A_protected_stack_that_names_its_zones_is_accepted() =>
        Assert.Equal(
            ["eu-west-1a", "eu-west-1b"],
            Parse(Valid().With(SettingKeys.Protect, "true").With(SettingKeys.AvailabilityZoneNames, "eu-west-1a,eu-west-1b")).Network.AvailabilityZoneNames);

    [Fact]
    public void The_subnet_group_name_is_stable_for_one_vpc_cidr_and_changes_with_it()
    {
        var first = ParseWith(SettingKeys.VpcCidr, "10.0.0.0/16").Network.SubnetGroupName;

        Assert.Equal(first, ParseWith(SettingKeys.VpcCidr, "10.0.0.0/16").Network.SubnetGroupName);
        Assert.NotEqual(first, ParseWith(SettingKeys.VpcCidr, "10.1.0.0/16").Network.SubnetGroupName);
        Assert.Matches("^elasticache-redis-dev-[0-9a-f]{8}$", first);
    }

    [Fact]
    public void Adding_a_zone_keeps_the_subnet_group_name() =>
        Assert.Equal(
            Parse(Valid()).Network.SubnetGroupName,
            ParseWith(SettingKeys.AvailabilityZoneCount, "3").Network.SubnetGroupName);

    [Fact]
    public void In_an_existing_vpc_the_subnet_group_name_follows_the_vpc_id()
    {
        static string NameIn(string vpcId) => Parse(Valid()
            .With(SettingKeys.VpcId, vpcId)
            .With(SettingKeys.CacheSubnetIds, "subnet-0123456789abcdef0,subnet-0123456789abcdef1")
            .With(SettingKeys.ClientSubnetId, "subnet-0123456789abcdef0")).Network.SubnetGroupName;

        Assert.Equal(NameIn("vpc-0123456789abcdef0"), NameIn("vpc-0123456789abcdef0"));
        Assert.NotEqual(NameIn("vpc-0123456789abcdef0"), NameIn("vpc-0123456789abcdef1"));
        Assert.NotEqual(Parse(Valid()).Network.SubnetGroupName, NameIn("vpc-0123456789abcdef0"));
    }

    [Fact]
    public void The_subnet_group_name_fits_elasticaches_rule()
    {
        var name = SubnetGroupNaming.For(new string('a', ResourceNaming.MaxReplicationGroupIdLength), SubnetGroupNaming.CreatedVpc("10.0.0.0/16"));

        Assert.True(name.Length <= SubnetGroupNaming.MaxLength);
        Assert.Matches("^[a-z0-9-]+$", name);
    }

    // Issue 17 item 7: two cache subnets in one zone must not put the primary and the replica together.
    [Theory]
    [InlineData("a,a,b", "a,b,a")]
    [InlineData("a,b,a,c", "a,b,c,a")]
    [InlineData("a,b", "a,b")]
    [InlineData("b,a,b,b", "b,a,b,b")]
    public void Nodes_go_to_distinct_zones_before_any_zone_gets_a_second(string subnetZones, string expected) =>
        Assert.Equal(expected.Split(','), ZonePlacement.DistinctFirst(subnetZones.Split(',')));

    [Fact]
    public void With_two_subnets_in_one_zone_the_primary_and_the_replica_are_in_different_zones()
    {
        var cache = Parse(Valid()
            .With(SettingKeys.VpcId, "vpc-0123456789abcdef0")
            .With(SettingKeys.CacheSubnetIds, """["subnet-0123456789abcdef0","subnet-0123456789abcdef2","subnet-0123456789abcdef1"]""")
            .With(SettingKeys.ClientSubnetId, "subnet-0123456789abcdef0")).Cache;
        var zones = ZonePlacement.DistinctFirst(["us-east-1a", "us-east-1a", "us-east-1b"]);

        var placed = cache.PreferredZoneIndexes.Select(index => zones[index]).ToList();

        Assert.Equal(2, placed.Count);
        Assert.Equal(2, placed.Distinct(StringComparer.Ordinal).Count());
    }
}
