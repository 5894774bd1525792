using static Infra.Settings.Tests.TestConfig;

namespace Infra.Settings.Tests;

/// <summary>
/// The Cache component's first parse: inputs that resolve later arrive as <see cref="DeferredValue.Marker"/>;
/// their presence counts at once, their content is checked by the second parse with the real values.
/// </summary>
public sealed class DeferredValueTests
{
    private const string Deferred = DeferredValue.Marker;

    private static readonly ResourceNames Names = ResourceNaming.ForName("orders-cache");

    private static StackSettings ParseDeferred(Dictionary<string, string> config) =>
        StackSettingsParser.Parse(Project, Stack, Names, config, DeferredValue.ComponentInputKeys);

    private static IReadOnlyList<SettingProblem> DeferredProblems(Dictionary<string, string> config) =>
        Assert.Throws<SettingsValidationException>(() => ParseDeferred(config)).Problems;

    private static Dictionary<string, string> ExistingVpcDeferred() => new(StringComparer.Ordinal)
    {
        [SettingKeys.VpcId] = Deferred,
        [SettingKeys.CacheSubnetIds] = Deferred,
        [SettingKeys.ClientSubnetId] = Deferred,
        [SettingKeys.AllowedSecurityGroupIds] = Deferred,
        [SettingKeys.AuthToken] = Deferred,
        [SettingKeys.MultiAz] = "true",
    };

    [Fact]
    public void The_component_defers_exactly_the_ids_secrets_and_computed_values()
    {
        string[] expected =
        [
            SettingKeys.VpcId, SettingKeys.CacheSubnetIds, SettingKeys.ClientSubnetId, SettingKeys.AllowedSecurityGroupIds,
            SettingKeys.AllowedCidrBlocks, SettingKeys.AuthToken, SettingKeys.UserPasswords, SettingKeys.KmsKeyArn,
            SettingKeys.AlarmTopicArn, SettingKeys.PrivateDnsZoneId,
        ];

        Assert.Equal(expected.Order(StringComparer.Ordinal), DeferredValue.ComponentInputKeys.Order(StringComparer.Ordinal));
        Assert.Superset(DeferredValue.SecretKeys.ToHashSet(), DeferredValue.ComponentInputKeys.ToHashSet());
    }

    [Fact]
    public void Deferred_ids_count_as_present_and_their_content_waits()
    {
        var settings = ParseDeferred(ExistingVpcDeferred());

        Assert.False(settings.Network.CreatesVpc);
        Assert.True(settings.Cache.AuthEnabled);
        // A deferred subnet list counts as the fewest subnets it may hold once checked (2), so multiAz true is accepted now.
        Assert.True(settings.Cache.MultiAz);
    }

    [Fact]
    public void The_same_inputs_resolved_to_bad_content_fail_the_second_parse()
    {
        var resolved = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SettingKeys.VpcId] = "vpc-nothex",
            [SettingKeys.CacheSubnetIds] = """["subnet-0123456789abcdef0"]""",
            [SettingKeys.ClientSubnetId] = "subnet-0123456789abcdef0",
            [SettingKeys.AllowedSecurityGroupIds] = """["sg-12"]""",
            [SettingKeys.AuthToken] = "tiny-secret",
            [SettingKeys.MultiAz] = "true",
        };

        var problems = DeferredProblems(resolved);

        Assert.Contains(problems, p => p.Key == SettingKeys.VpcId);
        Assert.Contains(problems, p => p.Key == SettingKeys.CacheSubnetIds);
        Assert.Contains(problems, p => p.Key == SettingKeys.AllowedSecurityGroupIds);
        Assert.Contains(problems, p => p.Key == SettingKeys.AuthToken && p.Given == SecretValue.Mask);
        Assert.DoesNotContain(problems, p => p.ToString().Contains("tiny-secret", StringComparison.Ordinal));
    }

    [Fact]
    public void Presence_rules_hold_for_deferred_values()
    {
        // A deferred subnet list without vpcId is still a list without a VPC; a deferred token with authMode none is still a token too many.
        var problems = DeferredProblems(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SettingKeys.CacheSubnetIds] = Deferred,
            [SettingKeys.AuthMode] = "none",
            [SettingKeys.TransitEncryption] = "false",
            [SettingKeys.AuthToken] = Deferred,
        });

        Assert.Contains(problems, p => p.Key == SettingKeys.CacheSubnetIds);
        Assert.Contains(problems, p => p.Key == SettingKeys.AuthToken);
    }

    [Fact]
    public void Plain_problems_are_reported_together_with_deferred_inputs_present()
    {
        var problems = DeferredProblems(ExistingVpcDeferred().With(SettingKeys.NodeType, "cache.x1.huge").With(SettingKeys.Replicas, "9"));

        Assert.Equal([SettingKeys.NodeType, SettingKeys.Replicas], problems.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(SettingKeys.NodeType)]
    [InlineData(SettingKeys.VerifyOnUp)]
    public void A_decision_cannot_be_deferred(string key)
    {
        var problems = DeferredProblems(Valid().With(key, Deferred));

        Assert.Contains(problems, p => p.Key == key && p.Given == DeferredValue.Given);
        Assert.All(problems, p => Assert.Equal(key, p.Key));
    }

    [Fact]
    public void Deferred_content_is_never_shown()
    {
        var problems = DeferredProblems(Valid().With(SettingKeys.AuthMode, "none").With(SettingKeys.AuthToken, Deferred));

        Assert.DoesNotContain(problems, p => p.ToString().Contains(Deferred, StringComparison.Ordinal));
    }

    [Fact]
    public void Committed_stack_files_defer_only_their_secrets()
    {
        Assert.Equal(
            SettingKeys.All.Where(d => d.Secret).Select(d => d.Key).Order(StringComparer.Ordinal),
            DeferredValue.SecretKeys.Order(StringComparer.Ordinal));
        Assert.Throws<SettingsValidationException>(() =>
            StackSettingsParser.Parse(Project, Stack, Valid().With(SettingKeys.VpcId, Deferred), acceptEncryptedSecrets: true));
    }
}
