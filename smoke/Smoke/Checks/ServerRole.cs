namespace Smoke.Checks;

/// <summary>What a server says it is (ROLE or INFO replication).</summary>
public enum ServerRole
{
    Unknown,
    Primary,
    Replica,
}
