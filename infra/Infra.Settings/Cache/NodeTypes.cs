using System.Text.RegularExpressions;

namespace Infra.Settings;

/// <summary>
/// The node types ElastiCache offers for Redis OSS and Valkey today: the current-generation
/// families and sizes of the ElastiCache API reference (CacheNode, "The following node types are
/// supported by ElastiCache") and the user guide's "Supported node types". T2 is previous generation
/// (no new clusters); T1, M1-M3, C1, R3 lack encryption in transit or current engine versions.
/// </summary>
public static partial class NodeTypes
{
    private static readonly string[] GravitonSizes = ["large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge"];
    private static readonly string[] BurstableSizes = ["micro", "small", "medium"];

    private static readonly IReadOnlyDictionary<string, string[]> SizesByFamily = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["t4g"] = BurstableSizes,
        ["t3"] = BurstableSizes,
        ["m7g"] = GravitonSizes,
        ["m6g"] = GravitonSizes,
        ["m5"] = ["large", "xlarge", "2xlarge", "4xlarge", "12xlarge", "24xlarge"],
        ["m4"] = ["large", "xlarge", "2xlarge", "4xlarge", "10xlarge"],
        ["r7g"] = GravitonSizes,
        ["r6g"] = GravitonSizes,
        ["r6gd"] = ["xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge"],
        ["r5"] = ["large", "xlarge", "2xlarge", "4xlarge", "12xlarge", "24xlarge"],
        ["r4"] = ["large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "16xlarge"],
        ["c7gn"] = GravitonSizes,
    };

    /// <summary>Families that keep part of the data on local NVMe SSD (data tiering): the replication group needs DataTieringEnabled.</summary>
    private static readonly IReadOnlySet<string> DataTieringFamilies = new HashSet<string>(["r6gd"], StringComparer.Ordinal);

    [GeneratedRegex("^cache\\.(?<family>[a-z][a-z0-9]*)\\.(?<size>[a-z0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static IEnumerable<string> Families => SizesByFamily.Keys;

    /// <summary>Every node type this stack accepts, cache.&lt;family&gt;.&lt;size&gt;.</summary>
    public static IEnumerable<string> All =>
        SizesByFamily.SelectMany(family => family.Value.Select(size => $"cache.{family.Key}.{size}"));

    /// <summary>The burstable sizes (t3, t4g): 2 vCPUs each.</summary>
    public static IReadOnlyList<string> Burstable => BurstableSizes;

    /// <summary>What is wrong with the node type, or null when ElastiCache offers it.</summary>
    public static string? Problem(string nodeType)
    {
        var match = Pattern().Match(nodeType);
        if (!match.Success)
        {
            return "not of the form cache.<family>.<size>";
        }

        var family = match.Groups["family"].Value;
        if (!SizesByFamily.TryGetValue(family, out var sizes))
        {
            return $"{family} is not a current-generation family for Redis OSS or Valkey (offered: {string.Join(", ", Families)})";
        }

        var size = match.Groups["size"].Value;
        return sizes.Contains(size, StringComparer.Ordinal) ? null : $"{family} comes in {string.Join(", ", sizes)}, not {size}";
    }

    /// <summary>The engine parameter that picks the eviction policy.</summary>
    public const string MaxMemoryPolicy = "maxmemory-policy";

    /// <summary>
    /// The eviction policies a data-tiering (r6gd) node accepts. Source: "Data tiering limitations" of
    /// the same r6gd data-tiering feature (MemoryDB developer guide: "Data tiering only supports
    /// volatile-lru, allkeys-lru and noeviction maxmemory policies"); the ElastiCache user guide's
    /// "Data tiering in ElastiCache" says the SSD tier is governed by LRU. The LFU, TTL and random
    /// policies are refused here: a policy AWS refuses fails the up after the parameter group exists.
    /// </summary>
    public static IReadOnlyList<string> DataTieringMaxMemoryPolicies { get; } = ["volatile-lru", "allkeys-lru", "noeviction"];

    /// <summary>Whether the node type uses data tiering (r6gd): CreateReplicationGroup requires DataTieringEnabled true for it.</summary>
    public static bool UsesDataTiering(string nodeType) =>
        Pattern().Match(nodeType) is { Success: true } match && DataTieringFamilies.Contains(match.Groups["family"].Value);
}
