using System.Text.RegularExpressions;

namespace Infra.Settings;

/// <summary>Rules for ElastiCache node types (<c>cache.&lt;family&gt;.&lt;size&gt;</c>).</summary>
internal static partial class NodeTypes
{
    /// <summary>
    /// Previous-generation families: ElastiCache still lists some of them, but they lack encryption
    /// in transit or current engine versions, so the security baseline cannot hold on them.
    /// </summary>
    public static readonly IReadOnlySet<string> PreviousGenerationFamilies =
        new HashSet<string>(["t1", "t2", "m1", "m2", "m3", "c1", "r3"], StringComparer.Ordinal);

    [GeneratedRegex("^cache\\.(?<family>[a-z][a-z0-9-]*)\\.(?<size>[a-z0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>The family (e.g. <c>t4g</c>) of a well-formed node type, or null.</summary>
    public static string? Family(string nodeType)
    {
        var match = Pattern().Match(nodeType);
        return match.Success ? match.Groups["family"].Value : null;
    }
}
