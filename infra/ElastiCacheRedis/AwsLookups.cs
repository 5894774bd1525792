using System.Collections.Immutable;
using Infra.Settings;
using Pulumi;
using Aws = Pulumi.Aws;

namespace ElastiCacheRedis;

/// <summary>What the program asks AWS about the region it deploys into.</summary>
/// <param name="ZoneNames">
/// The created VPC's Availability Zone names by zone index (config names, or the region's first zones
/// by name); empty with an existing VPC, whose zones come from its subnets.
/// </param>
/// <param name="Region">The provider's region, e.g. <c>eu-west-1</c>.</param>
/// <param name="Partition">The AWS partition, e.g. <c>aws</c>, for ARNs of AWS managed policies.</param>
internal sealed record AwsLookups(Output<ImmutableArray<string>> ZoneNames, Output<string> Region, Output<string> Partition)
{
    /// <summary>
    /// The filter that keeps a region's own zones. Without it the data source also returns the Local
    /// Zones and Wavelength Zones an account opted into (EC2 DescribeAvailabilityZones: their
    /// opt-in-status is opted-in; a region's zones are opt-in-not-required), and one of those could
    /// become zone 0, home of the primary, the client and the endpoints.
    /// </summary>
    public const string OptInStatusFilter = "opt-in-status";

    public const string RegionalZonesOnly = "opt-in-not-required";

    public static AwsLookups For(NetworkSettings network)
    {
        var zoneNames = !network.CreatesVpc ? Output.Create(ImmutableArray<string>.Empty)
            : network.AvailabilityZoneNames.Count > 0 ? Output.Create(network.AvailabilityZoneNames.ToImmutableArray())
            : RegionalZones(network.AvailabilityZoneCount);
        var region = Aws.GetRegion.Invoke().Apply(current => current.Region);
        var partition = Aws.GetPartition.Invoke().Apply(current => current.Partition);
        return new AwsLookups(zoneNames, region, partition);
    }

    /// <summary>The zone name at a zone index of the settings' plan, or a clear error when the region has too few zones.</summary>
    public static string ZoneAt(ImmutableArray<string> zoneNames, int zoneIndex) =>
        zoneIndex < zoneNames.Length
            ? zoneNames[zoneIndex]
            : throw new InvalidOperationException(
                $"The subnet plan needs Availability Zone index {zoneIndex}, but only {zoneNames.Length} zone(s) are available "
                + $"({string.Join(", ", zoneNames)}); lower availabilityZoneCount or list availabilityZoneNames.");

    // Not filtered by state: a zone that turns impaired would drop out of the list and shift every
    // later zone, and a subnet whose zone changes is replaced with the same CIDR, which AWS refuses.
    // The first `count` by name stay the same when AWS adds a zone with a later letter.
    private static Output<ImmutableArray<string>> RegionalZones(int count) =>
        Aws.GetAvailabilityZones.Invoke(new Aws.GetAvailabilityZonesInvokeArgs
        {
            Filters =
            {
                new Aws.Inputs.GetAvailabilityZonesFilterInputArgs { Name = OptInStatusFilter, Values = { RegionalZonesOnly } },
            },
        }).Apply(zones => zones.Names.Order(StringComparer.Ordinal).Take(count).ToImmutableArray());
}
