namespace Infra.Settings;

/// <summary>
/// End of ElastiCache standard support per engine major version, and the warning a stack on such a
/// version gets at every preview. Source, checked 2026-12-06: ElastiCache user guide "ElastiCache
/// Extended Support" (Redis OSS 4 and 5: standard support ended 2026-01-31, Extended Support until
/// 2029-01-31, then an automatic upgrade to Valkey) and "ElastiCache Extended Support charges"
/// (Redis OSS 6: standard support ends 2027-01-31, Extended Support charges from 2027-02-01; charges
/// stop when the cache is upgraded to a version in standard support or deleted). AWS has announced
/// no end date for Redis OSS 7 or any Valkey version.
/// </summary>
public static class EngineSupport
{
    private static readonly IReadOnlyDictionary<int, DateOnly> RedisStandardSupportEnds = new Dictionary<int, DateOnly>
    {
        [4] = new(2026, 1, 31),
        [5] = new(2026, 1, 31),
        [6] = new(2027, 1, 31),
    };

    /// <summary>The last day of standard support of the engine version, or null when AWS has announced none.</summary>
    public static DateOnly? StandardSupportEnds(CacheEngine engine, string version) =>
        engine == CacheEngine.Redis && RedisStandardSupportEnds.TryGetValue(EngineVersions.MajorOf(version), out var ends) ? ends : null;

    /// <summary>The first day AWS charges Extended Support: the day after standard support ends.</summary>
    public static DateOnly? ExtendedSupportChargedFrom(CacheEngine engine, string version) =>
        StandardSupportEnds(engine, version)?.AddDays(1);

    /// <summary>The warnings for the engine version; empty when it is in standard support with no end announced.</summary>
    public static IReadOnlyList<string> Warnings(CacheEngine engine, string version)
    {
        if (StandardSupportEnds(engine, version) is not { } ends)
        {
            return [];
        }

        var valkey = EngineVersions.Default(CacheEngine.Valkey);
        var redis = EngineVersions.Default(CacheEngine.Redis);
        return
        [
            $"engineVersion: redis {version} leaves ElastiCache standard support on {ends:yyyy-MM-dd}; from {ends.AddDays(1):yyyy-MM-dd} AWS "
            + "enrolls the group in Extended Support and charges for it per node-hour (not included in the cost estimate; see the ElastiCache pricing page). "
            + $"Upgrade in place before then: pulumi config set engine valkey && pulumi config set engineVersion {valkey} "
            + $"(or pulumi config set engineVersion {redis} to stay on redis), with applyImmediately true for that up (docs/engines-and-upgrades.md).",
        ];
    }
}
