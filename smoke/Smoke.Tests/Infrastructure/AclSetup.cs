namespace Smoke.Tests.Infrastructure;

/// <summary>
/// ACL users for a test server, as ElastiCache RBAC sets them: the default user off, the
/// application users of the stack's users output, plus two users the tests need and a stack would
/// not list: the replica's (masteruser) and an admin for setting up and inspecting the servers.
/// </summary>
/// <param name="Users">One ACL rule line per user: "name rule rule ...", as ACL SETUSER takes them.</param>
public sealed record AclSetup(IReadOnlyList<string> Users)
{
    public const string ReplicationUser = "replication";
    public const string ReplicationPassword = "replication-password-0123456789";
    public const string AdminUser = "test-admin";
    public const string AdminPassword = "test-admin-password-0123456789";

    /// <summary>Every user line the server starts with: the given ones, the replica's and the admin's, the default off.</summary>
    public IEnumerable<string> AllUsers =>
    [
        .. Users,
        $"{ReplicationUser} on >{ReplicationPassword} +psync +replconf +ping",
        $"{AdminUser} on >{AdminPassword} ~* &* +@all",
        "default off nopass -@all",
    ];

    /// <summary>Every password the setup holds, for asserting that none is printed.</summary>
    public IEnumerable<string> Secrets =>
        AllUsers.SelectMany(line => line.Split(' ')).Where(rule => rule.StartsWith('>')).Select(rule => rule[1..]);
}
