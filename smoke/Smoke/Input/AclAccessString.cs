namespace Smoke.Input;

/// <summary>
/// A Redis ACL access string (as ElastiCache users carry it), read offline to tell whether a user
/// may run a command on a key. Rules apply left to right as in Redis: the last command rule that
/// names the command or one of its categories decides; key patterns add up until resetkeys.
/// Passwords (&gt;, &lt;, #, !, nopass, resetpass) and channels (&amp;, allchannels, resetchannels)
/// are accepted and ignored. Selectors "(...)" are not read: such a string is reported unsupported.
/// Source: https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/
/// </summary>
public sealed class AclAccessString
{
    private readonly List<(bool Allow, string? Category, string? Command)> _commandRules = [];
    private readonly List<(AclKeyAccess Access, string Pattern)> _keyPatterns = [];

    private AclAccessString(string text) => Text = text;

    public string Text { get; }

    public bool Enabled { get; private set; }

    /// <summary>Reads <paramref name="text"/>; null and a <paramref name="problem"/> when a rule is not understood.</summary>
    public static AclAccessString? TryParse(string text, out string problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        var access = new AclAccessString(text);
        foreach (var rule in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!access.Apply(rule))
            {
                problem = rule.StartsWith('(') ? $"selectors ('{rule}') are not supported" : $"unknown rule '{rule}'";
                return null;
            }
        }

        problem = "";
        return access;
    }

    /// <summary>Whether the user may run <paramref name="command"/> (lower or upper case) at all.</summary>
    public bool MayRun(string command)
    {
        var allowed = false;
        foreach (var (allow, category, named) in _commandRules)
        {
            var matches = category is not null
                ? AclCategories.Contains(category, command)
                : string.Equals(named, command, StringComparison.OrdinalIgnoreCase);
            if (matches)
            {
                allowed = allow;
            }
        }

        return allowed;
    }

    /// <summary>Whether the user's key patterns grant <paramref name="needed"/> on <paramref name="key"/>.</summary>
    public bool MayAccess(string key, AclKeyAccess needed)
    {
        var granted = AclKeyAccess.None;
        foreach (var (access, pattern) in _keyPatterns.Where(p => GlobPattern.Matches(p.Pattern, key)))
        {
            granted |= access;
        }

        return (granted & needed) == needed;
    }

    /// <summary>Enabled, may run <paramref name="command"/>, and may touch <paramref name="key"/> as the command does.</summary>
    public bool Allows(string command, string key, AclKeyAccess needed) => Enabled && MayRun(command) && MayAccess(key, needed);

    private bool Apply(string rule)
    {
        switch (rule.ToLowerInvariant())
        {
            case "on":
                Enabled = true;
                return true;
            case "off":
                Enabled = false;
                return true;
            case "allkeys":
                _keyPatterns.Add((AclKeyAccess.ReadWrite, "*"));
                return true;
            case "resetkeys":
                _keyPatterns.Clear();
                return true;
            case "allcommands":
                _commandRules.Add((true, "all", null));
                return true;
            case "nocommands":
                _commandRules.Add((false, "all", null));
                return true;
            case "reset":
                Enabled = false;
                _keyPatterns.Clear();
                _commandRules.Clear();
                return true;
            case "nopass" or "resetpass" or "allchannels" or "resetchannels":
                return true;
        }

        return rule[0] switch
        {
            '>' or '<' or '#' or '!' or '&' => true,
            '~' => AddKeys(AclKeyAccess.ReadWrite, rule[1..]),
            '%' => ApplyKeyPermission(rule),
            '+' or '-' => AddCommandRule(rule[0] == '+', rule[1..]),
            _ => false,
        };
    }

    private bool ApplyKeyPermission(string rule)
    {
        var tilde = rule.IndexOf('~', StringComparison.Ordinal);
        if (tilde < 2)
        {
            return false;
        }

        var access = AclKeyAccess.None;
        foreach (var flag in rule[1..tilde].ToUpperInvariant())
        {
            switch (flag)
            {
                case 'R':
                    access |= AclKeyAccess.Read;
                    break;
                case 'W':
                    access |= AclKeyAccess.Write;
                    break;
                default:
                    return false;
            }
        }

        return AddKeys(access, rule[(tilde + 1)..]);
    }

    private bool AddKeys(AclKeyAccess access, string pattern)
    {
        _keyPatterns.Add((access, pattern));
        return true;
    }

    private bool AddCommandRule(bool allow, string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        if (name[0] == '@')
        {
            // Category names are letters and hyphens only; whether Redis knows it cannot be told offline beyond that.
            var category = name[1..];
            if (category.Length == 0 || !category.All(c => char.IsAsciiLetter(c) || c == '-'))
            {
                return false;
            }

            _commandRules.Add((allow, category, null));
            return true;
        }

        // "+config|get" allows one subcommand: it never allows the whole command.
        if (name.Contains('|', StringComparison.Ordinal))
        {
            return name.All(c => char.IsAsciiLetterOrDigit(c) || c is '|' or '-' or '_' or '.');
        }

        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            return false;
        }

        _commandRules.Add((allow, null, name));
        return true;
    }
}
