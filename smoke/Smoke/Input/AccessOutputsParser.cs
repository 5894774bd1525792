using System.Text.Json;
using Smoke.Connection;

namespace Smoke.Input;

/// <summary>
/// Reads the RBAC outputs (authMode, users, userPasswords) into <see cref="StackOutputs"/>. A
/// password is never repeated: wrong types are named by key and user only.
/// </summary>
public static class AccessOutputsParser
{
    public static StackOutputs Read(JsonElement root, StackOutputs outputs, string source, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        var (passwords, hidden) = Passwords(root, source, problems);
        return outputs with
        {
            AuthMode = Mode(root, source, problems),
            Users = Users(root, source, problems),
            UserPasswords = passwords,
            UserPasswordsHidden = hidden,
        };
    }

    private static string? Mode(JsonElement root, string source, List<string> problems)
    {
        const string key = StackOutputs.AuthModeKey;
        if (!root.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var mode = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (mode is not null && AuthModes.All.Contains(mode))
        {
            return mode;
        }

        problems.Add($"{key} ({source}): expected one of {string.Join(", ", AuthModes.All)}, got {StackOutputsParser.Kind(value)} {value.GetRawText()}");
        return null;
    }

    private static Dictionary<string, StackUser>? Users(JsonElement root, string source, List<string> problems)
    {
        const string key = StackOutputs.UsersKey;
        if (!root.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{key} ({source}): expected an object of user name -> {{ access, auth }}, got {StackOutputsParser.Kind(value)}");
            return null;
        }

        var users = new Dictionary<string, StackUser>(StringComparer.Ordinal);
        foreach (var user in value.EnumerateObject())
        {
            var access = Field(user.Value, "access");
            var auth = Field(user.Value, "auth");
            if (access is null || auth is not (StackUser.PasswordAuth or StackUser.IamAuth))
            {
                problems.Add($"{key}.{user.Name} ({source}): expected {{ \"access\": \"<access string>\", \"auth\": \"{StackUser.PasswordAuth}\" | \"{StackUser.IamAuth}\" }}, got {user.Value.GetRawText()}");
                continue;
            }

            users[user.Name] = new StackUser(user.Name, access, auth);
        }

        return users;
    }

    private static string? Field(JsonElement user, string name) =>
        user.ValueKind == JsonValueKind.Object && user.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.String
            ? field.GetString()
            : null;

    private static (Dictionary<string, AuthToken>? Passwords, bool Hidden) Passwords(JsonElement root, string source, List<string> problems)
    {
        const string key = StackOutputs.UserPasswordsKey;
        if (!root.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return (null, false);
        }

        // Without --show-secrets, pulumi prints the whole secret object as "[secret]": whether that
        // is a problem depends on whether a password is needed from it (TargetResolver decides).
        if (value.ValueKind == JsonValueKind.String && value.GetString() == StackOutputsParser.HiddenSecret)
        {
            return (null, true);
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{key} ({source}): expected an object of user name -> password, got {StackOutputsParser.Kind(value)} (value not shown: it is a secret)");
            return (null, false);
        }

        var passwords = new Dictionary<string, AuthToken>(StringComparer.Ordinal);
        foreach (var user in value.EnumerateObject())
        {
            if (user.Value.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(user.Value.GetString()))
            {
                problems.Add($"{key}.{user.Name} ({source}): expected a non-empty string, got {StackOutputsParser.Kind(user.Value)} (value not shown: it is a secret)");
                continue;
            }

            passwords[user.Name] = new AuthToken(user.Value.GetString()!);
        }

        return (passwords, false);
    }
}
