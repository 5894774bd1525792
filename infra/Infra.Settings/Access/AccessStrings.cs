using System.Text.RegularExpressions;

namespace Infra.Settings;

/// <summary>
/// Offline check of an ElastiCache access string (Redis ACL rule syntax). ElastiCache's RBAC page
/// ("Specifying permissions using an access string") restricts the ACL syntax: no passwords in the
/// string (they are set through the API), no <c>reset</c>, and a user without <c>on</c> is off.
/// This check catches typos and unknown keywords before AWS does; AWS still checks command names.
/// </summary>
public static partial class AccessStrings
{
    /// <summary>The stack-managed default user: disabled, no commands, no keys.</summary>
    public const string DisabledDefaultUser = "off -@all";

    private static readonly IReadOnlySet<string> Keywords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "on", "off", "allkeys", "resetkeys", "allchannels", "resetchannels", "allcommands", "nocommands",
    };

    private static readonly IReadOnlySet<string> PasswordKeywords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "nopass", "resetpass", "reset",
    };

    [GeneratedRegex("^[+-](@[a-z]+|[a-z][a-z0-9_-]*(\\|[a-z0-9_-]+)?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CommandRule();

    [GeneratedRegex("^(~|%R~|%W~|%RW~|&)\\S+$", RegexOptions.CultureInvariant)]
    private static partial Regex PatternRule();

    /// <summary>What is wrong with the access string, or null when it passes the offline check.</summary>
    public static string? Problem(string accessString)
    {
        var rules = accessString.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (rules.Length == 0 || !(rules[0].Equals("on", StringComparison.OrdinalIgnoreCase) || rules[0].Equals("off", StringComparison.OrdinalIgnoreCase)))
        {
            return "must start with on or off";
        }

        foreach (var rule in rules)
        {
            if (PasswordKeywords.Contains(rule) || rule[0] is '>' or '<' or '#' or '!')
            {
                return $"'{(rule[0] is '>' or '<' or '#' or '!' ? rule[0] + "…" : rule)}' is not allowed: ElastiCache sets passwords through userPasswords, not in the access string";
            }

            if (!Keywords.Contains(rule) && !CommandRule().IsMatch(rule) && !PatternRule().IsMatch(rule))
            {
                return $"'{rule}' is not an access-string rule (on, off, ~<keys>, %R~/%W~/%RW~<keys>, &<channels>, +<command>, -<command>, +@<category>, -@<category>, allkeys, allchannels, allcommands, nocommands, resetkeys, resetchannels)";
            }
        }

        return null;
    }

    /// <summary>Whether the rules give every key and every command (<c>~*</c>/<c>allkeys</c> with <c>+@all</c>/<c>allcommands</c>): allowed, but the README recommends narrower.</summary>
    public static bool IsUnrestricted(string accessString)
    {
        var rules = accessString.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return rules.Any(r => r is "~*" or "allkeys") && rules.Any(r => r is "+@all" or "allcommands");
    }
}
