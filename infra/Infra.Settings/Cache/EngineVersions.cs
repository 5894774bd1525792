namespace Infra.Settings;

/// <summary>
/// The engine versions ElastiCache offers for new node-based replication groups (cluster mode
/// disabled), the default per engine, and the parameter-group family each version belongs to.
/// Source, checked 2026-12-06: ElastiCache user guide "Engine versions and upgrading in ElastiCache"
/// (Supported engines and versions: Valkey 9.0, 8.2, 8.1, 8.0, 7.2; Redis OSS 7.1, 7.0, 6.2, 6.0,
/// 5.0.6, 4.0.10) and "Comparing node-based Valkey, Memcached, and Redis OSS clusters" (lists
/// "ElastiCache version 9.0 for Valkey" and 8.2 for node-based clusters). Valkey 9.1 is not listed
/// there, so it is not offered. Redis OSS below 6.2 is left out on purpose: 4 and 5 are already in
/// Extended Support (<see cref="EngineSupport"/>), 6.0 lacks what 6.2 fixed.
/// </summary>
public static class EngineVersions
{
    /// <summary>The engine a stack gets when <c>engine</c> is not set: AWS recommends Valkey, and its nodes cost 20 % less (ElastiCache pricing).</summary>
    public const CacheEngine DefaultEngine = CacheEngine.Valkey;

    private static readonly IReadOnlyDictionary<CacheEngine, string[]> OfferedVersions = new Dictionary<CacheEngine, string[]>
    {
        [CacheEngine.Redis] = ["6.2", "7.0", "7.1"],
        [CacheEngine.Valkey] = ["7.2", "8.0", "8.1", "8.2", "9.0"],
    };

    public static IReadOnlyList<string> Offered(CacheEngine engine) => OfferedVersions[engine];

    /// <summary>The newest version offered: what an empty <c>engineVersion</c> picks.</summary>
    public static string Default(CacheEngine engine) => OfferedVersions[engine][^1];

    public static bool IsOffered(CacheEngine engine, string version) => OfferedVersions[engine].Contains(version, StringComparer.Ordinal);

    /// <summary>The engine as ElastiCache spells it.</summary>
    public static string EngineName(CacheEngine engine) => engine.ToString().ToLowerInvariant();

    /// <summary>
    /// The parameter-group family: redis 6.x → <c>redis6.x</c>, redis 7.x → <c>redis7</c>,
    /// valkey 7.x → <c>valkey7</c>, valkey 8.x → <c>valkey8</c>, valkey 9.x → <c>valkey9</c> (ElastiCache's own spelling).
    /// </summary>
    public static string ParameterGroupFamily(CacheEngine engine, string version)
    {
        var major = version.Split('.')[0];
        return engine == CacheEngine.Redis && major == "6" ? "redis6.x" : EngineName(engine) + major;
    }

    /// <summary>
    /// Whether the engine accepts TransitEncryptionMode at all: Redis OSS 7.0.5 and later, and Valkey.
    /// Below that CreateReplicationGroup refuses the parameter ("Transit encryption mode is not
    /// supported for engine version 6.2.6. Please use engine version 7.0.5 or higher.") and TLS can
    /// only be chosen at creation (ElastiCache user guide, "Enabling in-transit encryption on an
    /// existing cluster"; the provider forces replacement when transit_encryption_enabled changes
    /// below 7.0.5: replication_group.go, resourceReplicationGroup CustomizeDiff ForceNewIf). ElastiCache's
    /// redis 7.0 and 7.1 are both at or above 7.0.5; 6.2 is not.
    /// </summary>
    public static bool SupportsTransitEncryptionMode(CacheEngine engine, string version) => engine == CacheEngine.Valkey || MajorOf(version) >= 7;

    /// <summary>IAM authentication: Valkey 7.2 and later, Redis OSS 7.0 and later (ElastiCache user guide, "Authenticating with IAM").</summary>
    public static bool SupportsIamAuthentication(CacheEngine engine, string version) => engine == CacheEngine.Valkey || MajorOf(version) >= 7;

    internal static int MajorOf(string version) =>
        int.TryParse(version.Split('.')[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var major) ? major : 0;
}
