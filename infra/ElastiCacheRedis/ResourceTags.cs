using Pulumi;

namespace ElastiCacheRedis;

internal static class ResourceTags
{
    /// <summary>
    /// The stack's tags plus a <c>Name</c> tag (what the AWS console shows as the resource's name).
    /// </summary>
    public static InputMap<string> For(IReadOnlyDictionary<string, string> stackTags, string name)
    {
        var tags = new Dictionary<string, string>(stackTags) { ["Name"] = name };
        return tags;
    }
}
