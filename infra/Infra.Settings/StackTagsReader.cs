using System.Text.RegularExpressions;
using static Infra.Settings.SettingKeys;

namespace Infra.Settings;

/// <summary>Reads the stack's tags: the defaults first, then the user's.</summary>
public static partial class StackTagsReader
{
    /// <summary>AWS allows 50 tags per resource; three are ours (Project, Stack, ManagedBy).</summary>
    public const int MaxUserTags = 47;

    public static IReadOnlyList<string> DefaultTagKeys { get; } = ["Project", "Stack", "ManagedBy"];

    // AWS tag characters: letters, digits, spaces and _ . : / = + - @ (any script's letters).
    [GeneratedRegex("^[\\p{L}\\p{N}\\s_.:/=+\\-@]*$", RegexOptions.CultureInvariant)]
    private static partial Regex TagTextPattern();

    /// <summary>
    /// Defaults first (Project, Stack, ManagedBy=pulumi), then the user's tags. The defaults cannot be
    /// replaced or removed: they are how the stack's resources are found and attributed.
    /// </summary>
    internal static IReadOnlyDictionary<string, string> Read(ConfigReader reader, string project, string stack)
    {
        var tags = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["Project"] = project,
            ["Stack"] = stack,
            ["ManagedBy"] = "pulumi",
        };

        var userTags = reader.StringMap(Tags);
        if (userTags.Count > MaxUserTags)
        {
            reader.Problem(Tags, $"{userTags.Count} tags", ConfigReader.Allowed(Tags));
        }

        foreach (var (key, value) in userTags)
        {
            var broken = TagRuleBroken(key, value);
            if (broken is not null)
            {
                reader.Problem($"{Tags}.{key}", ConfigReader.Quote(value), broken);
            }
            else
            {
                tags[key] = value;
            }
        }

        return tags;
    }

    private static string? TagRuleBroken(string key, string value)
    {
        if (key.Length is < 1 or > 128)
        {
            return "the key must have 1 to 128 characters";
        }

        if (value.Length > 256)
        {
            return "the value must have at most 256 characters";
        }

        if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
        {
            return "keys starting with aws: are reserved by AWS";
        }

        if (DefaultTagKeys.Contains(key, StringComparer.OrdinalIgnoreCase))
        {
            return $"{key} is a default tag set by the stack";
        }

        return TagTextPattern().IsMatch(key) && TagTextPattern().IsMatch(value)
            ? null
            : "only letters, digits, spaces and _ . : / = + - @ are allowed";
    }
}
