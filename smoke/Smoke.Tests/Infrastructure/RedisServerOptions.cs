namespace Smoke.Tests.Infrastructure;

/// <summary>How to start one test redis-server.</summary>
public sealed record RedisServerOptions(string BindAddress)
{
    /// <summary>Requirepass (and masterauth, so a replica can follow a protected primary).</summary>
    public string? Password { get; init; }

    /// <summary>Serve TLS only (--port 0) with these certificates.</summary>
    public TestCertificates? Tls { get; init; }

    /// <summary>ACL users (the default user off); a replica logs in to its primary as the replication user.</summary>
    public AclSetup? Acl { get; init; }

    /// <summary>host:port of the primary to follow.</summary>
    public (string Host, int Port)? ReplicaOf { get; init; }
}
