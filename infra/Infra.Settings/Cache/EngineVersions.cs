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
}
