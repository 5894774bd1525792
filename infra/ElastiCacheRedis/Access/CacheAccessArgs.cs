using Infra.Settings;

namespace ElastiCacheRedis;

/// <summary>Inputs of the <see cref="CacheAccess"/> component (authMode rbac).</summary>
internal sealed record CacheAccessArgs(
    AccessSettings Settings,
    IReadOnlyDictionary<string, string> Tags);
