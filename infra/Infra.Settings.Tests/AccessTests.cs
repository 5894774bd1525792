using static Infra.Settings.Tests.TestConfig;

namespace Infra.Settings.Tests;

public class AccessTests
{
    private const string AppPassword = "App-Password-0001-abcdef";
    private const string OldAppPassword = "Old-App-Password-0002-xyz";
    private const string DefaultPassword = "Default-Password-0003-qrs";

    private static Dictionary<string, string> Rbac(string users, string? passwords = null) =>
        Valid().Without(SettingKeys.AuthToken)
            .With(SettingKeys.AuthMode, "rbac")
            .With(SettingKeys.Users, users)
            .With(SettingKeys.UserPasswords, passwords ?? $$"""{"default": "{{DefaultPassword}}", "app": "{{AppPassword}}"}""");

    private static Dictionary<string, string> OneApp(string access = "on ~app:* +@read +@write") =>
        Rbac($$$"""{"app": {"access": "{{{access}}}", "auth": "password"}}""");

    [Fact]
    public void Token_is_the_default_mode_with_the_rotate_strategy()
    {
        var access = Parse(Valid()).Access;

        Assert.Equal(AccessMode.Token, access.Mode);
        Assert.Equal("ROTATE", access.AuthTokenUpdateStrategy);
        Assert.Equal(GoodToken, access.AuthToken!.Reveal());
        Assert.Empty(access.Users);
    }

    [Fact]
    public void The_set_strategy_is_sent_as_set() =>
        Assert.Equal("SET", ParseWith(SettingKeys.AuthTokenUpdateStrategy, "set").Access.AuthTokenUpdateStrategy);

    [Fact]
    public void An_unknown_strategy_is_an_error() =>
        Assert.Equal(SettingKeys.AuthTokenUpdateStrategy, SingleProblem(SettingKeys.AuthTokenUpdateStrategy, "delete").Key);

    [Fact]
    public void Rbac_declares_the_users_a_group_and_no_token()
    {
        var settings = Parse(OneApp());
        var access = settings.Access;

        Assert.Equal(AccessMode.Rbac, access.Mode);
        Assert.Null(access.AuthToken);
        Assert.Null(settings.Cache.AuthToken);
        Assert.Equal("DELETE", access.AuthTokenUpdateStrategy);
        Assert.Equal($"{settings.Names.ReplicationGroupId}-users", access.UserGroupId);
        Assert.Equal("redis", access.UserEngine);
        Assert.Equal(["default", "app"], access.Users.Select(u => u.Name));
        var app = access.Users[1];
        Assert.Equal($"{settings.Names.ReplicationGroupId}-app", app.UserId);
        Assert.Equal("on ~app:* +@read +@write", app.AccessString);
        Assert.Equal([AppPassword], app.Passwords.Select(p => p.Reveal()));
        Assert.Equal("password", app.AuthenticationName);
    }

    [Fact]
    public void The_default_user_is_added_off_without_commands()
    {
        var defaultUser = Parse(OneApp()).Access.Users[0];

        Assert.Equal("default", defaultUser.Name);
        Assert.Equal("off -@all", defaultUser.AccessString);
        Assert.True(defaultUser.ManagedByStack);
        Assert.NotEqual("default", defaultUser.UserId);
    }

    [Fact]
    public void A_stack_may_set_the_default_user_itself()
    {
        var users = Parse(Rbac("""{"default": {"access": "on ~* +ping"}, "app": {"access": "on ~* +get"}}""")).Access.Users;

        Assert.False(users[0].ManagedByStack);
        Assert.Equal("on ~* +ping", users[0].AccessString);
    }

    [Fact]
    public void The_default_user_needs_a_password_too()
    {
        var problem = Assert.Single(Problems(Rbac("""{"app": {"access": "on ~* +get"}}""", $$"""{"app": "{{AppPassword}}"}""")));

        Assert.Equal("userPasswords.default", problem.Key);
        Assert.Contains("pulumi config set --secret --path 'userPasswords.default'", problem.Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void Rbac_needs_transit_encryption() =>
        Assert.Contains(Problems(OneApp().With(SettingKeys.TransitEncryption, "false")), p => p.Key == SettingKeys.AuthMode);

    [Fact]
    public void Rbac_refuses_an_auth_token() =>
        Assert.Equal(SettingKeys.AuthToken, Assert.Single(Problems(OneApp().With(SettingKeys.AuthToken, GoodToken))).Key);

    [Theory]
    [InlineData("token")]
    [InlineData("none")]
    public void Users_are_only_for_rbac(string mode)
    {
        var config = OneApp().With(SettingKeys.AuthMode, mode);
        if (mode == "token")
        {
            config[SettingKeys.AuthToken] = GoodToken;
        }

        var problems = Problems(config);

        Assert.Equal([SettingKeys.UserPasswords, SettingKeys.Users], problems.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("App")]
    [InlineData("1app")]
    [InlineData("my_app")]
    [InlineData("my--app")]
    [InlineData("app-")]
    [InlineData("a234567890123456789012345678901234567890x")]
    public void A_user_name_aws_or_the_derived_id_would_refuse_is_an_error(string name)
    {
        var problems = Problems(Rbac($$$"""{"{{{name}}}": {"access": "on ~* +get"}}""", $$"""{"default": "{{DefaultPassword}}"}"""));

        Assert.Contains(problems, p => p.Key == $"users.{name}" && p.Allowed.Contains("lowercase letters", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("~* +get", "must start with on or off")]
    [InlineData("", "must start with on or off")]
    [InlineData("on ~* +get sometimes", "'sometimes' is not an access-string rule")]
    [InlineData("on ~* +@all reset", "'reset' is not allowed")]
    [InlineData("on nopass ~* +get", "'nopass' is not allowed")]
    public void An_invalid_access_string_is_an_error(string access, string reason)
    {
        var problem = Assert.Single(Problems(OneApp(access)));

        Assert.Equal("users.app.access", problem.Key);
        Assert.Contains(reason, problem.Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void A_password_written_into_the_access_string_is_refused_and_not_shown()
    {
        var problem = Assert.Single(Problems(OneApp("on >Secret-In-Access-String ~* +get")));

        Assert.DoesNotContain("Secret-In-Access-String", problem.ToString(), StringComparison.Ordinal);
        Assert.Contains("not allowed", problem.Allowed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("on ~* +@all")]
    [InlineData("on allkeys allcommands")]
    [InlineData("off")]
    [InlineData("on %R~cache:* %RW~app:* &events:* -@dangerous +get +set +client|setname")]
    public void Valid_access_strings_are_accepted(string access) =>
        Assert.Equal(access, Parse(OneApp(access)).Access.Users[1].AccessString);

    [Fact]
    public void Everything_on_everything_is_recognised_so_the_readme_can_warn() =>
        Assert.True(AccessStrings.IsUnrestricted("on ~* +@all"));

    [Fact]
    public void An_unknown_auth_is_an_error() =>
        Assert.Equal("users.app.auth", Assert.Single(Problems(Rbac("""{"app": {"access": "on ~* +get", "auth": "token"}}"""))).Key);

    [Fact]
    public void Two_passwords_carry_a_rotation_the_current_one_first()
    {
        var app = Parse(Rbac(
            """{"app": {"access": "on ~* +get"}}""",
            $$"""{"default": "{{DefaultPassword}}", "app": ["{{AppPassword}}", "{{OldAppPassword}}"]}""")).Access.Users[1];

        Assert.Equal([AppPassword, OldAppPassword], app.Passwords.Select(p => p.Reveal()));
    }

    [Theory]
    [InlineData("""[]""")]
    [InlineData("""["App-Password-0001-abcdef", "B-App-Password-0001-abc", "C-App-Password-0001-abc"]""")]
    [InlineData("""["App-Password-0001-abcdef", "App-Password-0001-abcdef"]""")]
    public void One_or_two_different_passwords_per_user(string passwords)
    {
        var problems = Problems(Rbac("""{"app": {"access": "on ~* +get"}}""", $$"""{"default": "{{DefaultPassword}}", "app": {{passwords}}}"""));

        Assert.Contains(problems, p => p.Key == "userPasswords.app" && p.Given == SecretValue.Mask);
        Assert.DoesNotContain(problems, p => p.ToString().Contains(AppPassword, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("short-password")]
    [InlineData("password with spaces in it")]
    [InlineData("password_with_underscore")]
    public void A_password_follows_the_auth_token_rule_and_is_never_shown(string password)
    {
        var problem = Assert.Single(Problems(Rbac("""{"app": {"access": "on ~* +get"}}""", $$"""{"default": "{{DefaultPassword}}", "app": "{{password}}"}""")));

        Assert.Equal("userPasswords.app", problem.Key);
        Assert.Equal(SecretValue.Mask, problem.Given);
        Assert.DoesNotContain(password, problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_password_for_an_unknown_user_is_an_error() =>
        Assert.Equal("userPasswords.ghost", Assert.Single(Problems(Rbac(
            """{"app": {"access": "on ~* +get"}}""",
            $$"""{"default": "{{DefaultPassword}}", "app": "{{AppPassword}}", "ghost": "{{OldAppPassword}}"}"""))).Key);

    [Fact]
    public void An_iam_user_has_no_password_and_its_id_is_its_name()
    {
        var reporter = Parse(Rbac("""{"reporter": {"access": "on ~* +get", "auth": "iam"}}""", $$"""{"default": "{{DefaultPassword}}"}""")).Access.Users[1];

        Assert.Equal(UserAuthentication.Iam, reporter.Authentication);
        Assert.Equal("reporter", reporter.UserId);
        Assert.Empty(reporter.Passwords);
    }

    [Fact]
    public void An_iam_user_with_a_password_is_an_error() =>
        Assert.Equal("userPasswords.reporter", Assert.Single(Problems(Rbac(
            """{"reporter": {"access": "on ~* +get", "auth": "iam"}}""",
            $$"""{"default": "{{DefaultPassword}}", "reporter": "{{AppPassword}}"}"""))).Key);

    [Fact]
    public void Iam_needs_redis_7_or_valkey() =>
        Assert.Equal("users.reporter.auth", Assert.Single(Problems(Rbac(
                """{"reporter": {"access": "on ~* +get", "auth": "iam"}}""", $$"""{"default": "{{DefaultPassword}}"}""")
            .With(SettingKeys.Engine, "redis").With(SettingKeys.EngineVersion, "6.2"))).Key);

    [Fact]
    public void At_most_a_hundred_users_with_the_default_user()
    {
        var names = Enumerable.Range(0, CacheUsers.MaxUsersPerGroup).Select(i => $"app{i}").ToList();
        var users = "{" + string.Join(",", names.Select(n => $$"""
            "{{n}}": {"access": "on ~* +get", "auth": "iam"}
            """)) + "}";

        var problem = Assert.Single(Problems(Rbac(users, $$"""{"default": "{{DefaultPassword}}"}""")));

        Assert.Equal(SettingKeys.Users, problem.Key);
        Assert.Contains("at most 100", problem.Allowed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("valkey")]
    [InlineData("redis")]
    public void The_users_and_the_group_are_redis_on_every_engine_so_an_engine_change_never_touches_them(string engine) =>
        // RBAC user guide: a Valkey cluster accepts REDIS and VALKEY user groups, a Redis OSS cluster only REDIS.
        Assert.Equal("redis", Parse(OneApp().With(SettingKeys.Engine, engine)).Access.UserEngine);

    [Fact]
    public void Auth_enabled_false_is_an_alias_of_none_with_a_deprecation_warning()
    {
        var access = Parse(Valid().Without(SettingKeys.AuthToken).With(SettingKeys.AuthEnabled, "false").With(SettingKeys.AuthMode, "token")).Access;

        Assert.Equal(AccessMode.None, access.Mode);
        Assert.Contains("pulumi config set authMode none", Assert.Single(access.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Auth_enabled_true_keeps_the_mode_and_warns() =>
        Assert.Contains("authEnabled is deprecated", Assert.Single(ParseWith(SettingKeys.AuthEnabled, "true").Access.Warnings), StringComparison.Ordinal);

    [Fact]
    public void Auth_enabled_that_contradicts_auth_mode_is_an_error() =>
        Assert.Contains(Problems(OneApp().With(SettingKeys.AuthEnabled, "false")), p => p.Key == SettingKeys.AuthEnabled);

    [Fact]
    public void Without_auth_enabled_there_is_no_warning() =>
        Assert.Empty(Parse(Valid()).Access.Warnings);

    [Fact]
    public void An_unknown_mode_is_an_error() =>
        Assert.Equal(SettingKeys.AuthMode, SingleProblem(SettingKeys.AuthMode, "iam").Key);

    [Fact]
    public void Passwords_do_not_show_when_the_settings_are_printed()
    {
        var settings = Parse(OneApp());

        Assert.DoesNotContain(AppPassword, settings.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(AppPassword, string.Join("|", settings.Access.Users), StringComparison.Ordinal);
    }

    [Fact]
    public void A_users_value_that_is_not_a_map_is_an_error() =>
        Assert.Contains(Problems(Rbac("""["app"]""")), p => p.Key == SettingKeys.Users);

    [Fact]
    public void A_user_passwords_value_that_is_not_a_map_is_reported_masked()
    {
        var problem = Assert.Single(Problems(Rbac("""{"app": {"access": "on ~* +get"}}""", AppPassword)), p => p.Key == SettingKeys.UserPasswords);

        Assert.Equal(SecretValue.Mask, problem.Given);
    }
}
