namespace Infra.Settings;

/// <summary>
/// The cache cluster (node) ids of a cluster-mode-disabled replication group. ElastiCache names the
/// clusters it creates for NumCacheClusters <c>&lt;replicationGroupId&gt;-001</c>, <c>-002</c>, ...
/// (DescribeReplicationGroups' MemberClusters; the provider's <c>memberClusters</c> output is an
/// unordered set known only after creation). Deriving them from the settings lets a preview show
/// every alarm and the dashboard with their real dimensions.
/// </summary>
public static class MemberClusters
{
    public static IReadOnlyList<string> Ids(string replicationGroupId, int numCacheClusters) =>
        Enumerable.Range(1, numCacheClusters).Select(node => $"{replicationGroupId}-{node:000}").ToList();
}
