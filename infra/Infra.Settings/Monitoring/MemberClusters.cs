namespace Infra.Settings;

/// <summary>
/// The cache cluster (node) ids of a cluster-mode-disabled replication group. ElastiCache names the
/// clusters it creates for NumCacheClusters <c>&lt;replicationGroupId&gt;-001</c>, <c>-002</c>, ...,
/// which is what the settings plan with (<see cref="Ids"/>). That holds at creation only: a replica
/// decrease lets AWS pick which replica goes (DecreaseReplicaCount with NewReplicaCount and no
/// ReplicasToRemove, as the provider's replication_group.go decreaseReplicationGroupReplicaCount
/// sends it), and a later increase names its new node as AWS chooses. So the alarms and the
/// dashboard follow the group's real members (<see cref="Follow"/>): the provider reads them back
/// from DescribeReplicationGroups' MemberClusters after every create and update
/// (resourceReplicationGroupRead sets member_clusters, an unordered set).
/// </summary>
public static class MemberClusters
{
    public static IReadOnlyList<string> Ids(string replicationGroupId, int numCacheClusters) =>
        Enumerable.Range(1, numCacheClusters).Select(node => $"{replicationGroupId}-{node:000}").ToList();

    /// <summary>
    /// The real members in a stable order (ordinal): node <c>i</c> of the plan watches the <c>i</c>-th.
    /// Null while they are unknown (before creation, in a preview of a replica change) or when their
    /// count differs from the plan's: then the planned ids stand.
    /// </summary>
    public static IReadOnlyList<string>? Ordered(IReadOnlyCollection<string> actual, int plannedCount) =>
        actual.Count == plannedCount ? actual.Order(StringComparer.Ordinal).ToList() : null;

    /// <summary>
    /// The planned alarms, each moved to the real member at its planned node's position: after a
    /// decrease that removed <c>-002</c> of three nodes, the second node's alarms watch <c>-003</c>.
    /// The alarm keeps its planned name: PutMetricAlarm creates or overwrites by name and DeleteAlarms
    /// deletes by name, so renaming the second node's alarm to <c>-003-...</c> while the removed third
    /// node's alarm of that name is being deleted would delete the moved alarm too. Only the
    /// dimension and the description move (an in-place update).
    /// </summary>
    public static IReadOnlyList<AlarmSpec> Follow(IReadOnlyList<AlarmSpec> planned, IReadOnlyList<string> plannedMembers, IReadOnlyCollection<string> actual)
    {
        if (Ordered(actual, plannedMembers.Count) is not { } members)
        {
            return planned;
        }

        return planned
            .Select(alarm => AlarmSpec.On(members[IndexOf(plannedMembers, alarm.CacheClusterId)], alarm.Metric, alarm.Threshold) with { Name = alarm.Name })
            .ToList();
    }

    /// <summary>The members the dashboard graphs: the real ones once known, else the planned ones.</summary>
    public static IReadOnlyList<string> Graphed(IReadOnlyList<string> plannedMembers, IReadOnlyCollection<string> actual) =>
        Ordered(actual, plannedMembers.Count) ?? plannedMembers;

    private static int IndexOf(IReadOnlyList<string> plannedMembers, string member)
    {
        for (var index = 0; index < plannedMembers.Count; index++)
        {
            if (plannedMembers[index] == member)
            {
                return index;
            }
        }

        throw new ArgumentException($"{member} is not a planned member.", nameof(member));
    }
}
