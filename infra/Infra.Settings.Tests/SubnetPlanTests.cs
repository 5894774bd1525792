using System.Net;

namespace Infra.Settings.Tests;

public class SubnetPlanTests
{
    public static TheoryData<string, int> Plans()
    {
        var data = new TheoryData<string, int>();
        foreach (var vpc in new[] { "10.0.0.0/16", "10.255.0.0/16", "172.20.0.0/17", "192.168.128.0/18", "10.1.16.0/20" })
        {
            for (var zones = 2; zones <= 6; zones++)
            {
                data.Add(vpc, zones);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Every_subnet_lies_inside_the_vpc_and_no_two_overlap(string vpcCidr, int zones)
    {
        var vpc = IPNetwork.Parse(vpcCidr);

        var subnets = SubnetPlan.Carve(vpc, zones);

        var all = subnets.SelectMany(s => new[] { s.CacheSubnetCidr, s.ClientSubnetCidr }).Select(IPNetwork.Parse).ToList();
        Assert.Equal(2 * zones, all.Count);
        Assert.All(all, subnet => Assert.True(vpc.Contains(subnet.BaseAddress) && subnet.PrefixLength > vpc.PrefixLength, $"{subnet} outside {vpc}"));
        Assert.All(all, subnet => Assert.True(subnet.PrefixLength <= SubnetPlan.SmallestSubnetPrefix, $"{subnet} smaller than /24"));
        foreach (var a in all)
        {
            Assert.Single(all, b => a.Contains(b.BaseAddress) || b.Contains(a.BaseAddress));
        }
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Every_zone_gets_its_own_index_in_order(string vpcCidr, int zones) =>
        Assert.Equal(Enumerable.Range(0, zones), SubnetPlan.Carve(IPNetwork.Parse(vpcCidr), zones).Select(s => s.ZoneIndex));

    [Fact]
    public void The_plan_is_deterministic() =>
        Assert.Equal(SubnetPlan.Carve(IPNetwork.Parse("10.9.0.0/16"), 4), SubnetPlan.Carve(IPNetwork.Parse("10.9.0.0/16"), 4));

    [Fact]
    public void A_20_bit_vpc_gets_24_bit_subnets() =>
        Assert.Equal(
            new ZoneSubnets(1, "10.1.17.0/24", "10.1.23.0/24"),
            SubnetPlan.Carve(IPNetwork.Parse("10.1.16.0/20"), 2)[1]);

    [Theory]
    [InlineData("10.0.0.0/21")]
    [InlineData("10.0.0.0/15")]
    public void Carving_a_vpc_outside_16_to_20_throws(string cidr) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SubnetPlan.Carve(IPNetwork.Parse(cidr), 2));

    [Theory]
    [InlineData("10.0.0.0/16", true)]
    [InlineData("172.16.0.0/16", true)]
    [InlineData("172.31.0.0/16", true)]
    [InlineData("172.32.0.0/16", false)]
    [InlineData("192.168.0.0/16", true)]
    [InlineData("192.169.0.0/16", false)]
    [InlineData("100.64.0.0/16", false)]
    public void Private_means_rfc_1918(string cidr, bool isPrivate) =>
        Assert.Equal(isPrivate, SubnetPlan.IsPrivate(IPNetwork.Parse(cidr)));
}
