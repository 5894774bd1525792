using static Infra.Settings.Tests.TestConfig;

namespace Infra.Settings.Tests;

/// <summary>Issue 17, items 9 to 11: the engine catalog AWS lists today, extended support, valkey as the default.</summary>
public class EngineCatalogTests
{
    [Theory]
    [InlineData("8.2", "valkey8")]
    [InlineData("9.0", "valkey9")]
    public void Valkey_8_2_and_9_0_are_offered_for_node_based_groups(string version, string family)
    {
        var cache = Parse(Valid().With(SettingKeys.Engine, "valkey").With(SettingKeys.EngineVersion, version)).Cache;

        Assert.Equal(version, cache.EngineVersion);
        Assert.Equal(family, cache.ParameterGroupFamily);
    }

    [Fact]
    public void Valkey_9_1_is_not_offered_until_aws_lists_it() =>
        Assert.Equal(SettingKeys.EngineVersion, Assert.Single(Problems(Valid().With(SettingKeys.Engine, "valkey").With(SettingKeys.EngineVersion, "9.1"))).Key);

    [Fact]
    public void An_empty_engine_version_picks_the_newest_each_engine_offers()
    {
        Assert.Equal("9.0", Parse(Valid().With(SettingKeys.Engine, "valkey")).Cache.EngineVersion);
        Assert.Equal("7.1", Parse(Valid().With(SettingKeys.Engine, "redis")).Cache.EngineVersion);
    }

    [Fact]
    public void The_default_engine_is_valkey_and_the_committed_stacks_follow()
    {
        Assert.Equal("valkey", SettingKeys.Get(SettingKeys.Engine).Default);
        foreach (var stack in new[] { "dev", "prod" })
        {
            var cache = CommittedStack.Parse($"Pulumi.{stack}.yaml").Cache;

            Assert.Equal(CacheEngine.Valkey, cache.Engine);
            Assert.Equal(EngineVersions.Default(CacheEngine.Valkey), cache.EngineVersion);
        }
    }

    [Fact]
    public void Redis_6_2_warns_at_every_preview_with_the_end_of_standard_support_and_the_upgrade_path()
    {
        var settings = Parse(Valid().With(SettingKeys.Engine, "redis").With(SettingKeys.EngineVersion, "6.2"));

        var warning = Assert.Single(settings.Warnings);
        Assert.Contains("2027-01-31", warning, StringComparison.Ordinal);
        Assert.Contains("2027-02-01", warning, StringComparison.Ordinal);
        Assert.Contains("pulumi config set engine valkey", warning, StringComparison.Ordinal);
        Assert.Contains("not included in the cost estimate", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("redis", "7.0")]
    [InlineData("redis", "7.1")]
    [InlineData("valkey", "9.0")]
    public void Versions_in_standard_support_with_no_announced_end_do_not_warn(string engine, string version) =>
        Assert.Empty(Parse(Valid().With(SettingKeys.Engine, engine).With(SettingKeys.EngineVersion, version)).Warnings);

    [Fact]
    public void The_settings_warnings_include_the_access_area_ones() =>
        Assert.Contains(ParseWith(SettingKeys.AuthEnabled, "true").Warnings, w => w.Contains("authEnabled is deprecated", StringComparison.Ordinal));

    [Theory]
    [InlineData(4, "2026-01-31")]
    [InlineData(5, "2026-01-31")]
    [InlineData(6, "2027-01-31")]
    public void Redis_oss_4_5_and_6_end_standard_support_on_the_dates_aws_publishes(int major, string ends) =>
        Assert.Equal(DateOnly.Parse(ends, System.Globalization.CultureInfo.InvariantCulture), EngineSupport.StandardSupportEnds(CacheEngine.Redis, $"{major}.0"));

    [Fact]
    public void The_cost_estimate_says_the_extended_support_charge_is_not_included()
    {
        var cost = Parse(Valid().With(SettingKeys.Engine, "redis").With(SettingKeys.EngineVersion, "6.2")).Cost;

        Assert.Contains(cost.Unpriced, item => item.Contains("Extended Support", StringComparison.Ordinal) && item.Contains("2027-02-01", StringComparison.Ordinal));
        Assert.DoesNotContain(Parse(Valid()).Cost.Unpriced, item => item.Contains("Extended Support", StringComparison.Ordinal));
    }
}
