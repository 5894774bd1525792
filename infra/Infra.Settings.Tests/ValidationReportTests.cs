using static Infra.Settings.Tests.TestConfig;

namespace Infra.Settings.Tests;

public class ValidationReportTests
{
    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var problems = Problems(Valid()
            .With(SettingKeys.VpcCidr, "8.8.8.0/16")
            .With(SettingKeys.Replicas, "9")
            .With(SettingKeys.Port, "80")
            .With(SettingKeys.Engine, "memcached")
            .With(SettingKeys.SlowLog, "maybe"));

        Assert.Equal(
            [SettingKeys.Engine, SettingKeys.Port, SettingKeys.Replicas, SettingKeys.SlowLog, SettingKeys.VpcCidr],
            problems.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_problem_names_the_key_the_value_given_and_what_is_allowed()
    {
        var exception = Assert.Throws<SettingsValidationException>(() => ParseWith(SettingKeys.Replicas, "9"));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal(SettingKeys.Replicas, problem.Key);
        Assert.Equal("\"9\"", problem.Given);
        Assert.Contains("0 to 5", problem.Allowed, StringComparison.Ordinal);
        Assert.Contains("replicas: given \"9\"; allowed: an integer from 0 to 5", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_counts_the_problems_and_lists_one_per_line()
    {
        var exception = Assert.Throws<SettingsValidationException>(() => Parse(Valid().With(SettingKeys.Replicas, "x").With(SettingKeys.Port, "x")));

        Assert.StartsWith("Invalid stack configuration (2 problems):", exception.Message, StringComparison.Ordinal);
        Assert.Equal(3, exception.Message.Split(Environment.NewLine).Length);
    }

    [Theory]
    [InlineData("Tiny7Xq")]
    [InlineData("has a space in it!!!!")]
    [InlineData("contains/slash/0123456789")]
    public void An_invalid_auth_token_is_never_shown(string token)
    {
        var exception = Assert.Throws<SettingsValidationException>(() => Parse(Valid().With(SettingKeys.AuthToken, token).With(SettingKeys.Port, "1")));

        Assert.DoesNotContain(token, exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, string.Join("|", exception.Problems), StringComparison.Ordinal);
        Assert.Equal(SecretValue.Mask, exception.Problems.Single(p => p.Key == SettingKeys.AuthToken).Given);
    }

    [Fact]
    public void A_valid_token_given_with_auth_disabled_is_reported_without_showing_it()
    {
        var problem = SingleProblem(SettingKeys.AuthEnabled, "false");

        Assert.Equal(SettingKeys.AuthToken, problem.Key);
        Assert.Equal(SecretValue.Mask, problem.Given);
        Assert.DoesNotContain(GoodToken, problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parsed_settings_do_not_show_the_token_when_printed()
    {
        var settings = Parse(Valid());

        Assert.DoesNotContain(GoodToken, settings.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(GoodToken, settings.Cache.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_default_that_breaks_a_rule_is_reported_as_the_default_not_as_given()
    {
        var problem = Assert.Single(Problems(Valid().With(SettingKeys.TransitEncryption, "false")));

        Assert.Equal(SettingKeys.AuthMode, problem.Key);
        Assert.True(problem.Defaulted);
        Assert.Equal("authMode: not set, so its default \"token\" applies; allowed: token or rbac only with transitEncryption true", problem.ToString()[..106]);
        Assert.DoesNotContain("given", problem.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SettingKeys.AvailabilityZoneNames, "[\"us-east-1a\",\"us-east-1a\"]", "distinct zones (repeated: us-east-1a)")]
    [InlineData(SettingKeys.VpcCidr, "8.8.0.0/16", "a private (RFC 1918) block (not inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16)")]
    [InlineData(SettingKeys.AllowedCidrBlocks, "10.0.0.0/7", "/8 or narrower (10.0.0.0/7 is wider than /8)")]
    public void A_failed_rule_is_named_alone_not_with_the_whole_list_of_rules(string key, string value, string rule)
    {
        var problem = Assert.Single(Problems(Valid().With(key, value)));

        Assert.Equal(rule, problem.Allowed);
        Assert.DoesNotContain(SettingKeys.Find(key)!.Allowed, problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_the_stack_sets_is_reported_as_given() =>
        Assert.False(Assert.Single(Problems(Valid().With(SettingKeys.Replicas, "9"))).Defaulted);

    [Fact]
    public void A_missing_value_is_shown_as_not_set()
    {
        var problem = Assert.Single(Problems(Valid().Without(SettingKeys.AuthToken)));

        Assert.Equal(SettingKeys.AuthToken, problem.Key);
        Assert.Equal("nothing (not set)", problem.Given);
        Assert.Contains("pulumi config set --secret authToken", problem.Allowed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("replica", "replicas")]
    [InlineData("enigne", "engine")]
    [InlineData("VpcCidr", "vpcCidr")]
    [InlineData("authtoken", "authToken")]
    [InlineData("snapshotRetention", "snapshotRetentionDays")]
    public void An_unknown_key_is_reported_with_the_closest_known_key(string typo, string suggestion)
    {
        var problem = Assert.Single(Problems(Valid().With(typo, "some-value-123")));

        Assert.Equal(typo, problem.Key);
        Assert.Contains($"did you mean {suggestion}?", problem.Allowed, StringComparison.Ordinal);
        Assert.DoesNotContain("some-value-123", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_far_from_every_known_key_lists_the_known_keys()
    {
        var problem = Assert.Single(Problems(Valid().With("somethingElseEntirely", "1")));

        Assert.Contains("one of the known keys: vpcCidr,", problem.Allowed, StringComparison.Ordinal);
    }
}
