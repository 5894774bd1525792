using Infra.Settings;

namespace Infra.Tests;

/// <summary>The config of the committed stack files, with a test AUTH token in place of the encrypted one.</summary>
internal static class StackConfigs
{
    /// <summary>A well-formed AUTH token that exists only in these tests.</summary>
    public const string TestAuthToken = "unit-test-auth-token-7f3a9c2e41b8d6a5";

    public static Dictionary<string, string> FromStackFile(string stack)
    {
        var root = PulumiProjectRoot.Find(AppContext.BaseDirectory);
        var file = StackFile.Load(Path.Combine(root, $"Pulumi.{stack}.yaml"), StackRun.Project);
        // Encrypted values cannot be decrypted here: the tests supply their own secrets.
        var values = file.Config
            .Where(entry => entry.Value != StackFile.EncryptedValueMarker)
            .ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);
        var tokenMode = values.GetValueOrDefault("authMode", "token") == "token";
        if (tokenMode && (!values.TryGetValue("authEnabled", out var authEnabled) || authEnabled != "false"))
        {
            values["authToken"] = TestAuthToken;
        }

        return values;
    }

    public const string TestAppPassword = "unit-test-app-password-2b9d4e";
    public const string TestDefaultPassword = "unit-test-default-password-8c1f";

    /// <summary>The stack file switched to authMode rbac: an app user with a password, a reporter with IAM.</summary>
    public static Dictionary<string, string> Rbac(string stack)
    {
        var config = FromStackFile(stack).Without("authToken");
        config["authMode"] = "rbac";
        config["users"] = """{"app": {"access": "on ~app:* -@all +@read +@write", "auth": "password"}, "reporter": {"access": "on ~app:* -@all +@read", "auth": "iam"}}""";
        config["userPasswords"] = $$"""{"default": "{{TestDefaultPassword}}", "app": "{{TestAppPassword}}"}""";
        return config;
    }

    /// <summary>The config of an example stack file (examples/&lt;name&gt;/Pulumi.&lt;name&gt;.yaml), with the test AUTH token.</summary>
    public static Dictionary<string, string> FromExample(string name)
    {
        var root = PulumiProjectRoot.Find(AppContext.BaseDirectory);
        var file = StackFile.Load(Path.Combine(root, "examples", name, $"Pulumi.{name}.yaml"), StackRun.Project);
        return new Dictionary<string, string>(file.Config, StringComparer.Ordinal) { ["authToken"] = TestAuthToken };
    }

    public static Dictionary<string, string> With(this Dictionary<string, string> config, string key, string value) =>
        new(config) { [key] = value };

    public static Dictionary<string, string> Without(this Dictionary<string, string> config, string key)
    {
        var copy = new Dictionary<string, string>(config);
        copy.Remove(key);
        return copy;
    }
}
