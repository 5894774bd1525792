using System.Text.Json;
using System.Text.RegularExpressions;
using static Infra.Settings.SettingKeys;

namespace Infra.Settings;

/// <summary>Reads <c>users</c> and <c>userPasswords</c> into the users of authMode rbac, the <c>default</c> user first.</summary>
internal static partial class CacheUsers
{
    /// <summary>ElastiCache quota "Users per user group" (Amazon ElastiCache quotas page): 100, the default user included.</summary>
    public const int MaxUsersPerGroup = 100;

    /// <summary>ElastiCache allows up to two passwords per user (CreateUser/ModifyUser: Passwords), which is what rotation needs.</summary>
    public const int MaxPasswordsPerUser = 2;

    public const string DefaultUserName = "default";

    public const int MaxNameLength = 40;

    // User ids follow CreateUserGroup's UserIds pattern [a-zA-Z][a-zA-Z0-9-]*; names are kept
    // lowercase and hyphen-tidy so the derived id is valid too.
    [GeneratedRegex("^[a-z](?!.*--)[a-z0-9-]*(?<!-)$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    public static IReadOnlyList<CacheUser> Read(ConfigReader reader, CacheSettings cache, ResourceNames names)
    {
        var passwords = ReadPasswords(reader);
        var declared = ReadDeclared(reader);
        var defaultManagedByStack = !declared.ContainsKey(DefaultUserName);
        if (defaultManagedByStack)
        {
            declared[DefaultUserName] = (AccessStrings.DisabledDefaultUser, UserAuthentication.Password);
        }

        if (declared.Count > MaxUsersPerGroup)
        {
            reader.Problem(Users, $"{declared.Count} users with the default user", $"at most {MaxUsersPerGroup} users in a user group, the default user included (ElastiCache quota)");
        }

        var users = new List<CacheUser>();
        foreach (var (name, (access, authentication)) in declared.OrderBy(u => u.Key == DefaultUserName ? 0 : 1).ThenBy(u => u.Key, StringComparer.Ordinal))
        {
            users.Add(new CacheUser(
                name,
                // IAM authentication requires the user id to equal the user name (ElastiCache user guide, "Authenticating with IAM").
                authentication == UserAuthentication.Iam ? name : $"{names.ReplicationGroupId}-{name}",
                access,
                authentication,
                PasswordsOf(reader, name, authentication, passwords, cache),
                ManagedByStack: name == DefaultUserName && defaultManagedByStack));
        }

        foreach (var name in passwords.Keys.Where(name => !declared.ContainsKey(name)))
        {
            reader.Problem($"{UserPasswords}.{name}", SecretValue.Mask, "a password only for a user listed in users (remove it: pulumi config rm --path 'userPasswords." + name + "')");
        }

        return users;
    }

    private static Dictionary<string, (string Access, UserAuthentication Authentication)> ReadDeclared(ConfigReader reader)
    {
        var declared = new Dictionary<string, (string, UserAuthentication)>(StringComparer.Ordinal);
        reader.ForEachMapEntry(Users, (name, value) =>
        {
            var key = $"{Users}.{name}";
            if (!NamePattern().IsMatch(name) || name.Length > MaxNameLength)
            {
                reader.Problem(key, ConfigReader.Quote(name), $"a user name of 1 to {MaxNameLength} lowercase letters, digits and single hyphens, starting with a letter and not ending with a hyphen");
            }
            else if (ReadUser(reader, key, value) is { } entry)
            {
                declared[name] = entry;
            }
        });
        return declared;
    }

    private static (string, UserAuthentication)? ReadUser(ConfigReader reader, string key, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object
            || !value.TryGetProperty("access", out var accessElement)
            || accessElement.ValueKind != JsonValueKind.String)
        {
            reader.Problem(key, ConfigReader.Quote(value.GetRawText()), "{access: <access string>, auth: password | iam}");
            return null;
        }

        var unknown = value.EnumerateObject().Select(p => p.Name).Where(n => n is not ("access" or "auth")).ToList();
        if (unknown.Count > 0)
        {
            reader.Problem(key, "the field(s) " + string.Join(", ", unknown), "only access and auth");
        }

        var access = accessElement.GetString()!.Trim();
        if (AccessStrings.Problem(access) is { } problem)
        {
            reader.Problem($"{key}.access", access.Split(' ').Any(rule => rule is ['>' or '<' or '#' or '!', ..]) ? "an access string with a password (not shown)" : ConfigReader.Quote(access), "an access string that " + problem);
        }

        var auth = !value.TryGetProperty("auth", out var authElement) ? "password"
            : authElement.ValueKind == JsonValueKind.String ? authElement.GetString()!
            : authElement.GetRawText();
        switch (auth)
        {
            case "password":
                return (access, UserAuthentication.Password);
            case "iam":
                return (access, UserAuthentication.Iam);
            default:
                reader.Problem($"{key}.auth", ConfigReader.Quote(auth), "password or iam");
                return (access, UserAuthentication.Password);
        }
    }

    private static IReadOnlyList<SecretValue> PasswordsOf(
        ConfigReader reader, string name, UserAuthentication authentication, IReadOnlyDictionary<string, IReadOnlyList<SecretValue>> passwords, CacheSettings cache)
    {
        var key = $"{UserPasswords}.{name}";
        var given = passwords.GetValueOrDefault(name, []);
        if (authentication == UserAuthentication.Iam)
        {
            if (given.Count > 0)
            {
                reader.Problem(key, SecretValue.Mask, "no password for an auth: iam user (it authenticates with an IAM token)");
            }

            if (!EngineVersions.SupportsIamAuthentication(cache.Engine, cache.EngineVersion))
            {
                reader.Problem($"{Users}.{name}.auth", "\"iam\"", $"password with {cache.EngineName} {cache.EngineVersion}: IAM authentication needs redis 7.0 or later, or valkey");
            }

            return [];
        }

        if (given.Count == 0 && !reader.IsDeferred(UserPasswords))
        {
            var why = name == DefaultUserName
                ? " (the default user is off, but ElastiCache keeps only users with a password or IAM in a valkey user group, so the stack gives it one on every engine)"
                : "";
            reader.Problem(key, SettingProblem.NotSet, $"a password ({AuthSecretRule.Text}){why}; set it with: pulumi config set --secret --path '{key}' (it prompts)");
        }

        return given;
    }

    private static Dictionary<string, IReadOnlyList<SecretValue>> ReadPasswords(ConfigReader reader)
    {
        var result = new Dictionary<string, IReadOnlyList<SecretValue>>(StringComparer.Ordinal);
        reader.ForEachMapEntry(UserPasswords, (name, value) => result[name] = ReadUserPasswords(reader, $"{UserPasswords}.{name}", value));
        return result;
    }

    private static IReadOnlyList<SecretValue> ReadUserPasswords(ConfigReader reader, string key, JsonElement value)
    {
        var texts = value.ValueKind switch
        {
            JsonValueKind.String => [value.GetString()!],
            JsonValueKind.Array when value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String) =>
                value.EnumerateArray().Select(v => v.GetString()!).ToList(),
            _ => (List<string>?)null,
        };
        if (texts is null || texts.Count is 0 or > MaxPasswordsPerUser)
        {
            reader.Problem(key, SecretValue.Mask, $"one password, or a list of {MaxPasswordsPerUser} during a rotation");
            return [];
        }

        foreach (var (text, index) in texts.Select((t, i) => (t, i)))
        {
            if (reader.IsDeferredText(UserPasswords, text))
            {
                continue;
            }

            if (AuthSecretRule.Broken(text) is { } broken)
            {
                reader.Problem(texts.Count > 1 ? $"{key}[{index}]" : key, SecretValue.Mask, $"{AuthSecretRule.Text} (the password {broken})");
            }
        }

        if (texts.Count == 2 && texts[0] == texts[1])
        {
            reader.Problem(key, SecretValue.Mask, "two different passwords (the new one first, the old one second)");
        }

        return texts.Select(t => new SecretValue(t)).ToList();
    }
}
