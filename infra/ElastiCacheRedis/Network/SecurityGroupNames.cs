using Infra.Settings;

namespace ElastiCacheRedis;

/// <summary>Short names of the stack's security groups, used in Pulumi logical names.</summary>
internal static class SecurityGroupNames
{
    public static string Slug(SecurityGroupRole role) => role switch
    {
        SecurityGroupRole.Cache => "cache",
        SecurityGroupRole.Client => "client",
        SecurityGroupRole.Endpoints => "endpoints",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "unknown security group role"),
    };

    public static string Description(SecurityGroupRole role) => role switch
    {
        SecurityGroupRole.Cache => "ElastiCache replication group: the cache port from the client only",
        SecurityGroupRole.Client => "SSM-managed client instance: no ingress",
        SecurityGroupRole.Endpoints => "SSM interface endpoints: HTTPS from the client only",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "unknown security group role"),
    };
}
