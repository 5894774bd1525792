using System.Globalization;

namespace Infra.Settings;

/// <summary>
/// The final snapshot's name: <c>&lt;replicationGroupId&gt;-final-&lt;yyyyMMdd-HHmmss&gt;</c>, the time
/// the replication group was created. A fixed <c>&lt;id&gt;-final</c> collides with the first deletion's
/// snapshot on the second deletion in a stack's life (DeleteReplicationGroup fails with
/// SnapshotAlreadyExistsFault). The program keeps the creation's name in state with ignoreChanges,
/// so the name changes only when the group is created again, never on a routine up.
/// </summary>
public static class FinalSnapshotNames
{
    public static string For(string prefix, DateTimeOffset createdAt) =>
        $"{prefix}-{createdAt.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}";
}
