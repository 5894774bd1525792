namespace Infra.Settings;

/// <summary>The VPC and its subnets, one cache subnet and one client subnet per Availability Zone.</summary>
/// <param name="VpcCidr">The VPC's IPv4 block, normalised (e.g. <c>10.0.0.0/16</c>).</param>
/// <param name="AvailabilityZoneCount">How many zones are used (2..6).</param>
/// <param name="AvailabilityZoneNames">
/// Zone names given in config, in order; empty when the program should take the first
/// <paramref name="AvailabilityZoneCount"/> zones the region reports as available.
/// </param>
/// <param name="Subnets">One entry per zone index, in zone order.</param>
public sealed record NetworkSettings(
    string VpcCidr,
    int AvailabilityZoneCount,
    IReadOnlyList<string> AvailabilityZoneNames,
    IReadOnlyList<ZoneSubnets> Subnets)
{
    /// <summary>Index of the zone that holds the client instance and the interface endpoints.</summary>
    public int ClientZoneIndex => 0;
}

/// <summary>The two subnets carved for one Availability Zone.</summary>
/// <param name="ZoneIndex">0-based index into the zone list (config names or the region's available zones).</param>
public sealed record ZoneSubnets(int ZoneIndex, string CacheSubnetCidr, string ClientSubnetCidr);
