namespace Smoke.Failover;

/// <summary>
/// Acknowledged writes missing from the primary endpoint after the failover: how many were
/// checked, how many are missing, and the first few missing keys (in write order). Null
/// <see cref="Missing"/>: the check could not run, <see cref="Detail"/> says why.
/// </summary>
internal sealed record LostWrites(long Checked, long? Missing, IReadOnlyList<string> FirstMissing, string Detail)
{
    public const int KeysShown = 10;
}

/// <summary>What the primary endpoint answered before and after: role and run id (the run id tells the nodes apart).</summary>
internal sealed record NodeIdentity(string Role, string? RunId);

/// <summary>
/// Whether the primary endpoint reaches a primary after the failover, and whether that is the node
/// the reader endpoint reached before (the former replica). Null fields: not asked (unreachable).
/// </summary>
internal sealed record RoleCheck(NodeIdentity? PrimaryBefore, NodeIdentity? ReaderBefore, NodeIdentity? PrimaryAfter)
{
    public bool PrimaryEndpointIsPrimary => PrimaryAfter?.Role == "master";

    public bool? ReachesFormerReplica =>
        PrimaryAfter?.RunId is { } after && ReaderBefore?.RunId is { } reader ? after == reader : null;
}

/// <summary>The cleanup: keys the drill may have written (1..N), how many DEL removed, and what went wrong.</summary>
internal sealed record Cleanup(long Written, long? Deleted, string Detail);
