using System.Text.Json;

namespace Smoke.Failover;

/// <summary>
/// What `aws elasticache describe-replication-groups` says about the group (API
/// DescribeReplicationGroups, ReplicationGroup: Status, AutomaticFailover — enabled | disabled |
/// enabling | disabling — and NodeGroups[].NodeGroupMembers[].CacheClusterId / CurrentRole).
/// </summary>
internal sealed record ReplicationGroupState(string Status, string AutomaticFailover, IReadOnlyList<(string Node, string Role)> Members)
{
    public string? Primary => Members.Where(m => m.Role == "primary").Select(m => m.Node).FirstOrDefault();

    public int Replicas => Members.Count(m => m.Role == "replica");

    /// <summary>Parses the CLI's JSON; throws <see cref="JsonException"/> or <see cref="InvalidDataException"/> on anything else.</summary>
    public static ReplicationGroupState Parse(string json, string nodeGroupId)
    {
        using var document = JsonDocument.Parse(json);
        var groups = document.RootElement.GetProperty("ReplicationGroups");
        if (groups.GetArrayLength() == 0)
        {
            throw new InvalidDataException("describe-replication-groups returned no group");
        }

        var group = groups[0];
        var members = new List<(string, string)>();
        if (group.TryGetProperty("NodeGroups", out var nodeGroups))
        {
            foreach (var nodeGroup in nodeGroups.EnumerateArray().Where(g => Text(g, "NodeGroupId") == nodeGroupId))
            {
                if (nodeGroup.TryGetProperty("NodeGroupMembers", out var list))
                {
                    members.AddRange(list.EnumerateArray().Select(m => (Text(m, "CacheClusterId") ?? "?", Text(m, "CurrentRole") ?? "unknown")));
                }
            }
        }

        return new ReplicationGroupState(Text(group, "Status") ?? "unknown", Text(group, "AutomaticFailover") ?? "unknown", members);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
