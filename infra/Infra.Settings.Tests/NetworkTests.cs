using System.Net;
using static Infra.Settings.Tests.TestConfig;

namespace Infra.Settings.Tests;

public class NetworkTests
{
    [Theory]
    [InlineData("10.0.0.0/16")]
    [InlineData("172.16.0.0/16")]
    [InlineData("172.31.240.0/20")]
    [InlineData("192.168.0.0/16")]
    [InlineData("10.200.16.0/20")]
    public void A_private_vpc_cidr_from_16_to_20_is_accepted(string cidr) =>
        Assert.Equal(cidr, ParseWith(SettingKeys.VpcCidr, cidr).Network.VpcCidr);

    [Theory]
    [InlineData("not-a-cidr", "not an IPv4 CIDR block")]
    [InlineData("10.0.0.0", "not an IPv4 CIDR block")]
    [InlineData("fd00::/48", "not an IPv4 CIDR block")]
    [InlineData("10.0.0.0/016", "the block is 10.0.0.0/16")]
    [InlineData("10.0.0.1/16", "host bits are set or the prefix is padded; the block is 10.0.0.0/16")]
    [InlineData("8.8.0.0/16", "not inside 10.0.0.0/8")]
    [InlineData("172.32.0.0/16", "not inside 10.0.0.0/8")]
    [InlineData("10.0.0.0/8", "no VPC larger than /16")]
    [InlineData("10.0.0.0/21", "too small")]
    [InlineData("192.168.1.0/24", "too small")]
    public void A_bad_vpc_cidr_is_rejected_with_the_reason(string cidr, string reason)
    {
        var problem = SingleProblem(SettingKeys.VpcCidr, cidr);

        Assert.Equal(SettingKeys.VpcCidr, problem.Key);
        Assert.Equal($"\"{cidr}\"", problem.Given);
        Assert.Contains(reason, problem.Allowed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(6)]
    public void The_zone_count_decides_the_number_of_subnet_pairs(int zones)
    {
        var network = ParseWith(SettingKeys.AvailabilityZoneCount, zones.ToString(System.Globalization.CultureInfo.InvariantCulture)).Network;

        Assert.Equal(zones, network.AvailabilityZoneCount);
        Assert.Equal(Enumerable.Range(0, zones), network.Subnets.Select(s => s.ZoneIndex));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("7")]
    [InlineData("two")]
    [InlineData("2.5")]
    public void A_zone_count_outside_2_to_6_is_rejected(string count) =>
        Assert.Equal(SettingKeys.AvailabilityZoneCount, SingleProblem(SettingKeys.AvailabilityZoneCount, count).Key);

    [Theory]
    [InlineData("[\"us-east-1a\",\"us-east-1b\",\"us-east-1d\"]")]
    [InlineData("us-east-1a, us-east-1b ,us-east-1d")]
    public void Zone_names_as_json_or_comma_separated_decide_the_zone_count(string names)
    {
        var network = Parse(Valid().With(SettingKeys.AvailabilityZoneNames, names)).Network;

        Assert.Equal(["us-east-1a", "us-east-1b", "us-east-1d"], network.AvailabilityZoneNames);
        Assert.Equal(3, network.AvailabilityZoneCount);
        Assert.Equal(3, network.Subnets.Count);
    }

    [Fact]
    public void Zone_names_with_a_matching_count_are_accepted()
    {
        var network = Parse(Valid()
            .With(SettingKeys.AvailabilityZoneNames, "[\"eu-west-1b\",\"eu-west-1c\"]")
            .With(SettingKeys.AvailabilityZoneCount, "2")).Network;

        Assert.Equal(2, network.AvailabilityZoneCount);
    }

    [Fact]
    public void A_zone_count_that_disagrees_with_the_zone_names_is_an_error()
    {
        var problem = Assert.Single(Problems(Valid()
            .With(SettingKeys.AvailabilityZoneNames, "[\"eu-west-1a\",\"eu-west-1b\",\"eu-west-1c\"]")
            .With(SettingKeys.AvailabilityZoneCount, "2")));

        Assert.Equal(SettingKeys.AvailabilityZoneCount, problem.Key);
        Assert.Equal("\"2\"", problem.Given);
        Assert.StartsWith("3, the number of availabilityZoneNames", problem.Allowed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("")]
    public void Empty_zone_names_mean_the_regions_first_zones(string names) =>
        Assert.Empty(ParseWith(SettingKeys.AvailabilityZoneNames, names).Network.AvailabilityZoneNames);

    [Theory]
    [InlineData("[\"us-east-1a\"]", "1 names given")]
    [InlineData("a,b,c,d,e,f,g", "7 names given")]
    [InlineData("[\"us-east-1a\",\"useast1b\"]", "not zone names: useast1b")]
    [InlineData("[\"us-east-1a\",\"US-EAST-1B\"]", "not zone names: US-EAST-1B")]
    [InlineData("[\"us-east-1a\",\"us-east-1a\"]", "repeated: us-east-1a")]
    [InlineData("[\"us-east-1a\",\"us-west-2a\"]", "more than one region: us-east-1, us-west-2")]
    [InlineData("[\"us-east-1a\", 3]", "a list of names")]
    [InlineData("[\"us-east-1a\",", "a list of names")]
    public void Bad_zone_names_are_rejected_with_the_reason(string names, string reason)
    {
        var problem = SingleProblem(SettingKeys.AvailabilityZoneNames, names);

        Assert.Equal(SettingKeys.AvailabilityZoneNames, problem.Key);
        Assert.Contains(reason, problem.Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void Gov_cloud_zone_names_are_accepted() =>
        Assert.Equal(2, ParseWith(SettingKeys.AvailabilityZoneNames, "us-gov-west-1a,us-gov-west-1b").Network.AvailabilityZoneCount);

    [Fact]
    public void The_default_vpc_gets_20_bit_subnets_cache_first_then_client()
    {
        var subnets = Parse(Valid().With(SettingKeys.AvailabilityZoneCount, "3")).Network.Subnets;

        Assert.Equal(
            [
                new ZoneSubnets(0, "10.0.0.0/20", "10.0.96.0/20"),
                new ZoneSubnets(1, "10.0.16.0/20", "10.0.112.0/20"),
                new ZoneSubnets(2, "10.0.32.0/20", "10.0.128.0/20"),
            ],
            subnets);
    }

    [Fact]
    public void Adding_a_zone_keeps_the_existing_subnets()
    {
        var two = ParseWith(SettingKeys.AvailabilityZoneCount, "2").Network.Subnets;
        var five = ParseWith(SettingKeys.AvailabilityZoneCount, "5").Network.Subnets;

        Assert.Equal(two, five.Take(2));
    }
}
