using System.Text.Json;

namespace Infra.Settings.Tests;

public class SmokeCheckInputTests
{
    private const string AppPassword = "app-password-0123456789";
    private const string DefaultPassword = "default-password-0123456789";

    [Fact]
    public void Token_mode_hands_over_the_replica_count_and_the_mode_only()
    {
        var settings = TestConfig.Parse(TestConfig.Valid().With(SettingKeys.Replicas, "0"));

        using var document = JsonDocument.Parse(SmokeCheckInput.Json(settings.Cache.Replicas, settings.Access));

        Assert.Equal(0, document.RootElement.GetProperty("replicas").GetInt32());
        Assert.Equal("token", document.RootElement.GetProperty("authMode").GetString());
        Assert.False(document.RootElement.TryGetProperty("users", out _));
        Assert.DoesNotContain(TestConfig.GoodToken, document.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rbac_mode_hands_over_users_and_their_current_passwords_in_the_outputs_shape()
    {
        var config = TestConfig.Valid().Without(SettingKeys.AuthToken)
            .With(SettingKeys.AuthMode, "rbac")
            .With(SettingKeys.Users, """{"app": {"access": "on ~smoke:* +@all", "auth": "password"}}""")
            .With(SettingKeys.UserPasswords, $$"""{"app": "{{AppPassword}}", "default": "{{DefaultPassword}}"}""");
        var settings = TestConfig.Parse(config);

        using var document = JsonDocument.Parse(SmokeCheckInput.Json(settings.Cache.Replicas, settings.Access));
        var root = document.RootElement;

        Assert.Equal("rbac", root.GetProperty("authMode").GetString());
        Assert.Equal("on ~smoke:* +@all", root.GetProperty("users").GetProperty("app").GetProperty("access").GetString());
        Assert.Equal("password", root.GetProperty("users").GetProperty("app").GetProperty("auth").GetString());
        Assert.True(root.GetProperty("users").TryGetProperty("default", out _));
        Assert.Equal(AppPassword, root.GetProperty("userPasswords").GetProperty("app").GetString());
    }
}
