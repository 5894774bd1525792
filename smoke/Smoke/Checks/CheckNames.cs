namespace Smoke.Checks;

/// <summary>The checks, in the order they run; the names appear in the table and the JSON report.</summary>
public static class CheckNames
{
    /// <summary>Only with --via-ssm, and only when the port-forwarding sessions fail to open.</summary>
    public const string SsmTunnel = "ssm-tunnel";
    public const string Dns = "dns";
    public const string Tcp = "tcp";
    public const string Tls = "tls";
    public const string Auth = "auth";
    public const string Ping = "ping";
    public const string Role = "role";
    public const string Set = "set";
    public const string Get = "get";
    public const string Replication = "replication";
    public const string ReadOnly = "readonly";
    public const string Cleanup = "cleanup";
}
