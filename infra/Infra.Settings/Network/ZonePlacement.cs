namespace Infra.Settings;

/// <summary>
/// The zone order the cache nodes are placed in (PreferredCacheClusterAZs, node <c>i</c> in the zone
/// at index <see cref="CacheSettings.PreferredZoneIndexes"/>[i]). With an existing VPC the zones come
/// from the cache subnets, and two of them can share a zone: taken in the order listed, the primary
/// and the first replica could land in the same zone and a zone failure would take both. So every
/// distinct zone comes first, in the order it first appears, then the repeats: nodes spread over all
/// zones before any zone gets a second node (ElastiCache user guide, "Minimizing downtime with
/// Multi-AZ": place replicas in different Availability Zones from the primary).
/// </summary>
public static class ZonePlacement
{
    public static IReadOnlyList<string> DistinctFirst(IReadOnlyList<string> subnetZones)
    {
        var distinct = new List<string>();
        var repeats = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var zone in subnetZones)
        {
            // A zone's first appearance goes in order with the distinct ones, any later one after them.
            if (seen.Add(zone))
            {
                distinct.Add(zone);
            }
            else
            {
                repeats.Add(zone);
            }
        }

        return [.. distinct, .. repeats];
    }
}
