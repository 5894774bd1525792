using System.Security.Cryptography;
using System.Text;

namespace Infra.Settings;

/// <summary>Derives <see cref="ResourceNames"/> from project and stack, deterministically and within AWS limits.</summary>
public static class ResourceNaming
{
    /// <summary>ElastiCache's limit for a replication group id.</summary>
    public const int MaxReplicationGroupIdLength = 40;

    private const int HashLength = 8;

    public static ResourceNames For(string project, string stack) => FromId(ReplicationGroupId(project, stack));

    /// <summary>
    /// The names of one <c>Cache</c> component, from its Pulumi name, so two caches in one stack get
    /// distinct AWS names. A name that already is a valid replication group id comes out unchanged:
    /// the stack program names its cache <see cref="For"/>'s prefix, so its AWS names stay as they are.
    /// Any other name is sanitized and, when that loses information, given a hash of the exact name.
    /// </summary>
    public static ResourceNames ForName(string componentName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(componentName);
        return FromId(IdFrom(componentName, componentName));
    }

    private static ResourceNames FromId(string id) => new(id, id, $"/aws/elasticache/{id}/slow-log");

    /// <summary>
    /// <c>&lt;project&gt;-&lt;stack&gt;</c> lowercased, every run of other characters turned into one
    /// hyphen, starting with a letter. When that loses information (case, underscores, dots, a
    /// leading digit) or is longer than 40 characters, it is cut and a short hash of the exact
    /// project and stack names is appended, so distinct stacks never share an id.
    /// </summary>
    public static string ReplicationGroupId(string project, string stack) => IdFrom($"{project}-{stack}", $"{project}\n{stack}");

    /// <summary><paramref name="exact"/> when it is a valid id; otherwise sanitized, cut, and suffixed with a hash of <paramref name="hashed"/>.</summary>
    private static string IdFrom(string exact, string hashed)
    {
        var sanitized = Sanitize(exact);
        if (sanitized.Length == 0 || !char.IsAsciiLetterLower(sanitized[0]))
        {
            sanitized = "ec-" + sanitized;
        }

        sanitized = sanitized.TrimEnd('-');
        if (sanitized == exact && sanitized.Length <= MaxReplicationGroupIdLength)
        {
            return sanitized;
        }

        var hash = ShortHash(hashed);
        var head = sanitized[..Math.Min(sanitized.Length, MaxReplicationGroupIdLength - HashLength - 1)].TrimEnd('-');
        return $"{head}-{hash}";
    }

    /// <summary>The first 8 lowercase hex digits of the text's SHA-256: short, stable, and distinct enough for names.</summary>
    internal static string ShortHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..HashLength];

    /// <summary>Lowercase ASCII letters and digits kept; every run of anything else becomes one hyphen; no hyphen at either end.</summary>
    internal static string Sanitize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }
}
