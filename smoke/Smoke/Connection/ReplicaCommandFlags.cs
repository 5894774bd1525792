using StackExchange.Redis;

namespace Smoke.Connection;

/// <summary>Command flags whose names differ between StackExchange.Redis 1.x and 2.x.</summary>
public static class ReplicaCommandFlags
{
    /// <summary>
    /// Send the command to a replica, never to a primary. StackExchange.Redis 1.2.6 calls it
    /// <c>CommandFlags.DemandSlave</c>; 2.x renames it <c>CommandFlags.DemandReplica</c> and marks
    /// DemandSlave obsolete. Both have the value 12, so the number is used here: moving to 2.x is
    /// the package pin plus, optionally, this one line (<c>= CommandFlags.DemandReplica</c>).
    /// </summary>
    public const CommandFlags DemandReplica = (CommandFlags)12;
}
