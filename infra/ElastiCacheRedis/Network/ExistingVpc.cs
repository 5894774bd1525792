using System.Collections.Immutable;
using Infra.Settings;
using Pulumi;
using Aws = Pulumi.Aws;

namespace ElastiCacheRedis;

/// <summary>
/// The team's VPC: nothing is created; the subnets are read from AWS and checked. The checked
/// subnet list and zones are what the cache is declared with, so a wrong subnet fails the run before
/// the cache subnet group or the replication group is registered.
/// </summary>
internal static class ExistingVpc
{
    public static VpcLayout Lookup(ExistingVpcSettings settings)
    {
        var cacheSubnets = Output.All(settings.CacheSubnetIds.Select(Subnet))
            .Apply(subnets => Checked(settings, subnets));
        var clientSubnet = settings.ClientSubnetId is { } clientSubnetId
            ? Subnet(clientSubnetId).Apply(subnet => CheckedClientSubnet(settings, subnet))
            : null;
        var vpc = Aws.Ec2.GetVpc.Invoke(new Aws.Ec2.GetVpcInvokeArgs { Id = settings.VpcId });

        return new VpcLayout(
            Output.Create(settings.VpcId),
            vpc.Apply(found => found.CidrBlock),
            cacheSubnets.Apply(subnets => subnets.Select(subnet => subnet.Id).ToImmutableArray()),
            // Distinct zones first, so the primary and the replicas land in different zones even when
            // two cache subnets share one (ZonePlacement).
            cacheSubnets.Apply(subnets => ZonePlacement.DistinctFirst(subnets.Select(subnet => subnet.AvailabilityZone).ToList()).ToImmutableArray()),
            clientSubnet,
            null,
            null);
    }

    /// <summary>
    /// The subnets, in the given order, when all are in the VPC and span at least 2 zones: a subnet
    /// group's subnets must share one VPC (CreateCacheSubnetGroup), and Multi-AZ needs nodes in 2 zones.
    /// </summary>
    public static ImmutableArray<SubnetFacts> Checked(ExistingVpcSettings settings, ImmutableArray<SubnetFacts> subnets)
    {
        var elsewhere = subnets.Where(subnet => subnet.VpcId != settings.VpcId).ToList();
        var zones = subnets.Select(subnet => subnet.AvailabilityZone).Distinct(StringComparer.Ordinal).Count();
        if (elsewhere.Count == 0 && zones >= 2)
        {
            return subnets;
        }

        var given = string.Join(", ", subnets.Select(subnet => $"{subnet.Id} ({subnet.AvailabilityZone}, {subnet.VpcId})"));
        var reason = elsewhere.Count > 0
            ? $"not in {settings.VpcId}: {string.Join(", ", elsewhere.Select(subnet => subnet.Id))}"
            : $"all in one zone ({subnets[0].AvailabilityZone})";
        throw new RunException(
            $"{SettingKeys.CacheSubnetIds}: given {given}; allowed: subnets of vpcId {settings.VpcId} in at least 2 distinct zones ({reason}).");
    }

    private static string CheckedClientSubnet(ExistingVpcSettings settings, SubnetFacts subnet) =>
        subnet.VpcId == settings.VpcId
            ? subnet.Id
            : throw new RunException(
                $"{SettingKeys.ClientSubnetId}: given {subnet.Id} ({subnet.AvailabilityZone}, {subnet.VpcId}); allowed: a subnet of vpcId {settings.VpcId}.");

    private static Output<SubnetFacts> Subnet(string id) =>
        Aws.Ec2.GetSubnet.Invoke(new Aws.Ec2.GetSubnetInvokeArgs { Id = id })
            .Apply(found => new SubnetFacts(id, found.VpcId, found.AvailabilityZone));
}

/// <summary>What the program needs to know about an existing subnet.</summary>
internal sealed record SubnetFacts(string Id, string VpcId, string AvailabilityZone);
