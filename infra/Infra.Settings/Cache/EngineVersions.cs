namespace Infra.Settings;

/// <summary>
/// The engine versions ElastiCache offers for new replication groups (cluster mode disabled), the
/// default per engine, and the parameter-group family each version belongs to.
/// </summary>
public static class EngineVersions
{
    private static readonly IReadOnlyDictionary<CacheEngine, string[]> OfferedVersions = new Dictionary<CacheEngine, string[]>
    {
        [CacheEngine.Redis] = ["6.2", "7.0", "7.1"],
        [CacheEngine.Valkey] = ["7.2", "8.0", "8.1"],
    };

    public static IReadOnlyList<string> Offered(CacheEngine engine) => OfferedVersions[engine];

    public static string Default(CacheEngine engine) => engine switch
    {
        CacheEngine.Redis => "7.1",
        CacheEngine.Valkey => "8.0",
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, null),
    };

    public static bool IsOffered(CacheEngine engine, string version) => OfferedVersions[engine].Contains(version, StringComparer.Ordinal);

    /// <summary>The engine as ElastiCache spells it.</summary>
    public static string EngineName(CacheEngine engine) => engine.ToString().ToLowerInvariant();

    /// <summary>
    /// The parameter-group family: redis 6.x → <c>redis6.x</c>, redis 7.x → <c>redis7</c>,
    /// valkey 7.x → <c>valkey7</c>, valkey 8.x → <c>valkey8</c> (ElastiCache's own spelling).
    /// </summary>
    public static string ParameterGroupFamily(CacheEngine engine, string version)
    {
        var major = version.Split('.')[0];
        return engine == CacheEngine.Redis && major == "6" ? "redis6.x" : EngineName(engine) + major;
    }

    /// <summary>
    /// Whether TLS can be switched in place through TransitEncryptionMode preferred: Redis OSS 7.0.5 and
    /// later, and Valkey (ElastiCache user guide, "Enabling in-transit encryption on an existing
    /// cluster"). ElastiCache's redis 7.0 and 7.1 are both at or above 7.0.5; 6.2 is not, and the
    /// provider replaces the group when transitEncryptionEnabled changes below 7.0.5 (replication_group.go).
    /// </summary>
    public static bool SupportsTransitEncryptionMode(CacheEngine engine, string version) => engine == CacheEngine.Valkey || MajorOf(version) >= 7;

    /// <summary>IAM authentication: Valkey 7.2 and later, Redis OSS 7.0 and later (ElastiCache user guide, "Authenticating with IAM").</summary>
    public static bool SupportsIamAuthentication(CacheEngine engine, string version) => engine == CacheEngine.Valkey || MajorOf(version) >= 7;

    private static int MajorOf(string version) =>
        int.TryParse(version.Split('.')[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var major) ? major : 0;
}
