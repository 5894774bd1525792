using System.Text.RegularExpressions;

namespace Infra.Settings.Tests;

public partial class ResourceNamingTests
{
    [GeneratedRegex("^[a-z](?!.*--)[a-z0-9-]*[a-z0-9]$")]
    private static partial Regex ReplicationGroupIdRules();

    public static TheoryData<string, string> Names() => new()
    {
        { "elasticache-redis", "dev" },
        { "elasticache-redis", "prod" },
        { "elasticache-redis", "Prod" },
        { "elasticache-redis", "feature_branch_with_a_very_long_name_1234567890" },
        { "a-project-name-that-is-already-very-long-indeed", "dev" },
        { "My_Project", "Stack.With.Dots" },
        { "123project", "dev" },
        { "x", "9" },
        { "---", "___" },
        { "UPPER", "CASE" },
        { "élan", "日本" },
        { "p", new string('s', 200) },
        { "double--hyphen", "end-" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void The_replication_group_id_keeps_every_elasticache_rule(string project, string stack)
    {
        var names = ResourceNaming.For(project, stack);

        Assert.InRange(names.ReplicationGroupId.Length, 1, 40);
        Assert.Matches(ReplicationGroupIdRules(), names.ReplicationGroupId);
        Assert.Equal($"/aws/elasticache/{names.ReplicationGroupId}/slow-log", names.SlowLogGroupName);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Names_are_deterministic(string project, string stack) =>
        Assert.Equal(ResourceNaming.For(project, stack), ResourceNaming.For(project, stack));

    [Fact]
    public void A_clean_short_name_is_project_dash_stack() =>
        Assert.Equal("elasticache-redis-dev", ResourceNaming.For("elasticache-redis", "dev").ReplicationGroupId);

    [Fact]
    public void Stacks_that_differ_only_in_case_or_punctuation_get_different_ids()
    {
        var ids = new[] { "prod", "Prod", "PROD", "pr_od", "pr-od", "pr.od" }
            .Select(stack => ResourceNaming.For("elasticache-redis", stack).ReplicationGroupId)
            .ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Long_names_that_share_a_prefix_get_different_ids()
    {
        var a = ResourceNaming.For("elasticache-redis", "feature-aaaaaaaaaaaaaaaaaaaaaaaaaaaa-1").ReplicationGroupId;
        var b = ResourceNaming.For("elasticache-redis", "feature-aaaaaaaaaaaaaaaaaaaaaaaaaaaa-2").ReplicationGroupId;

        Assert.NotEqual(a, b);
        Assert.StartsWith("elasticache-redis-feature", a, StringComparison.Ordinal);
    }

    [Fact]
    public void The_parser_uses_the_derived_names()
    {
        var settings = StackSettingsParser.Parse("elasticache-redis", "Prod_EU", TestConfig.Valid());

        Assert.Equal(ResourceNaming.For("elasticache-redis", "Prod_EU"), settings.Names);
        Assert.StartsWith(settings.Names.Prefix, settings.Cache.ParameterGroupName, StringComparison.Ordinal);
    }
}
