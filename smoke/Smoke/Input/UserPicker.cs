using Smoke.Checks;
using Smoke.Connection;

namespace Smoke.Input;

/// <summary>
/// Picks the user the check logs in as when RBAC outputs are given and no --user: the first (by
/// name) password user that is on and whose access string allows what the check sends to the
/// primary on its keys: SET and DEL (write), GET (read) on smoke:* keys.
/// </summary>
public static class UserPicker
{
    /// <summary>Keys shaped as the check's own (prefix, 16 hex digits, and the reader-write suffix).</summary>
    private static readonly string[] SampleKeys =
        [SmokeCheckRun.KeyPrefix + "0123456789abcdef", SmokeCheckRun.KeyPrefix + "0123456789abcdef:reader-write"];

    private static readonly (string Command, AclKeyAccess Access)[] Needed =
        [("set", AclKeyAccess.Write), ("get", AclKeyAccess.Read), ("del", AclKeyAccess.Write)];

    public static Login? Pick(StackOutputs outputs, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        var users = outputs.Users ?? new Dictionary<string, StackUser>();
        var reasons = new List<string>();
        var capable = new List<StackUser>();
        foreach (var user in users.Values.OrderBy(u => u.Name, StringComparer.Ordinal))
        {
            if (WhyNot(user) is { } why)
            {
                reasons.Add($"{user.Name}: {why}");
            }
            else
            {
                capable.Add(user);
            }
        }

        var withPassword = capable.FirstOrDefault(u => outputs.UserPasswords?.ContainsKey(u.Name) == true);
        if (withPassword is not null)
        {
            return new Login(withPassword.Name, outputs.UserPasswords![withPassword.Name], "picked from the users output: may SET/GET/DEL smoke:* keys");
        }

        var flags = "give --user <name> with --password-env <NAME>";
        if (capable.Count > 0)
        {
            var names = string.Join(", ", capable.Select(u => u.Name));
            problems.Add(outputs.UserPasswordsHidden
                ? $"{StackOutputs.UserPasswordsKey} ({outputs.Source}): hidden as '{StackOutputsParser.HiddenSecret}', so no password for {names}: "
                    + $"read the outputs with `pulumi stack output --json --show-secrets`, or {flags}"
                : $"{StackOutputs.UserPasswordsKey} ({outputs.Source}): no password for {names}, the users allowed SET/GET/DEL on smoke:* keys; {flags}");
            return null;
        }

        problems.Add($"{StackOutputs.UsersKey} ({outputs.Source}): no user the smoke check can log in as "
            + $"(it needs auth password and an access string that is on and allows SET, GET and DEL on smoke:* keys, e.g. 'on ~smoke:* +set +get +del +ping'); "
            + (reasons.Count > 0 ? $"{string.Join("; ", reasons)}; " : "the output lists no user; ")
            + flags);
        return null;
    }

    /// <summary>Why the check cannot use <paramref name="user"/>, or null when it can.</summary>
    public static string? WhyNot(StackUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.UsesPassword)
        {
            return $"auth {user.Auth} (the smoke check logs in with passwords)";
        }

        if (AclAccessString.TryParse(user.Access, out var problem) is not { } access)
        {
            return $"access string not understood: {problem}";
        }

        if (!access.Enabled)
        {
            return "off";
        }

        var refused = Needed
            .Where(n => !SampleKeys.All(key => access.MayRun(n.Command) && access.MayAccess(key, n.Access)))
            .Select(n => n.Command.ToUpperInvariant())
            .ToList();
        return refused.Count == 0 ? null : $"may not {string.Join("/", refused)} smoke:* keys";
    }
}
