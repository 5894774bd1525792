namespace Infra.Settings.Tests;

/// <summary>AWS names of a Cache component come from its Pulumi name; the stack's own cache keeps today's names.</summary>
public sealed class ComponentNamingTests
{
    [Theory]
    [InlineData("elasticache-redis", "dev")]
    [InlineData("elasticache-redis", "prod")]
    [InlineData("elasticache-redis", "shared-vpc")]
    [InlineData("Elasticache_Redis", "Dev")]
    [InlineData("a-very-long-project-name-for-the-cache", "staging-eu-west-1")]
    [InlineData("elasticache-redis", "9lives")]
    public void The_stack_prefix_as_a_component_name_gives_the_stack_names(string project, string stack)
    {
        var stackNames = ResourceNaming.For(project, stack);

        Assert.Equal(stackNames, ResourceNaming.ForName(stackNames.Prefix));
    }

    [Theory]
    [InlineData("orders")]
    [InlineData("sessions-cache")]
    public void A_valid_id_is_kept(string name) =>
        Assert.Equal(name, ResourceNaming.ForName(name).ReplicationGroupId);

    [Theory]
    [InlineData("Orders")]
    [InlineData("orders_cache")]
    [InlineData("9orders")]
    [InlineData("orders--cache")]
    [InlineData("an-application-cache-name-that-is-far-too-long-for-elasticache")]
    public void Any_other_name_becomes_a_valid_id_with_a_hash(string name)
    {
        var id = ResourceNaming.ForName(name).ReplicationGroupId;

        Assert.Matches("^[a-z](-?[a-z0-9])*-[0-9a-f]{8}$", id);
        Assert.True(id.Length <= ResourceNaming.MaxReplicationGroupIdLength);
    }

    [Fact]
    public void Two_caches_in_one_stack_get_distinct_names()
    {
        Assert.NotEqual(ResourceNaming.ForName("orders").ReplicationGroupId, ResourceNaming.ForName("sessions").ReplicationGroupId);
        Assert.NotEqual(ResourceNaming.ForName("Orders").ReplicationGroupId, ResourceNaming.ForName("orders").ReplicationGroupId);
    }

    [Theory]
    [InlineData("""["a", "b"]""", new[] { "a", "b" })]
    [InlineData("a, b,,c", new[] { "a", "b", "c" })]
    [InlineData("[]", new string[0])]
    public void Config_text_lists_read_as_the_readers_read_them(string text, string[] expected) =>
        Assert.Equal(expected, ConfigText.List(text));

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("[\"a\"")]
    public void A_broken_list_is_null(string text) => Assert.Null(ConfigText.List(text));
}
