using System.Reflection;
using Infra.Settings;
using Pulumi.Experimental.Provider;

namespace Infra.Tests;

/// <summary>
/// The package's schema as the provider serves it (issue 16, item 7): the analyzer accepts the
/// Cache component, every config key is an input under the same name, every stack output an output.
/// </summary>
public class SchemaTests
{
    private static PackageSpec Schema() =>
        ComponentAnalyzer.GenerateSchema(new Metadata(PackageIdentity.Name, Version: PackageIdentity.Version), typeof(Cache));

    private static IReadOnlyList<string> OutputNames { get; } =
        typeof(StackOutputNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToList();

    [Fact]
    public void The_schema_has_the_cache_under_its_type_token()
    {
        var schema = Schema();

        Assert.Equal(PackageIdentity.Name, schema.Name);
        Assert.Equal("elasticache-redis:index:Cache", Cache.TypeToken);
        Assert.Equal(new[] { Cache.TypeToken }, schema.Resources.Keys);
    }

    [Fact]
    public void Every_config_key_is_an_input_under_its_own_name_and_nothing_else_is()
    {
        var cache = Schema().Resources[Cache.TypeToken];

        Assert.Equal(SettingKeys.All.Select(setting => setting.Key).Order(StringComparer.Ordinal), cache.InputProperties.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(cache.RequiredInputs);
    }

    [Fact]
    public void Every_stack_output_is_an_output_and_nothing_else_is()
    {
        var cache = Schema().Resources[Cache.TypeToken];

        Assert.Equal(OutputNames.Order(StringComparer.Ordinal), cache.Properties.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Ids_secrets_and_computed_values_are_inputs_and_every_decision_is_plain()
    {
        foreach (var (key, property) in CacheInputs.All)
        {
            var definition = SettingKeys.Find(key);
            Assert.NotNull(definition);
            Assert.True(definition.Deferrable == CacheInputs.IsDeferrable(property), $"{key}: Deferrable in the catalog and Input<T> in CacheArgs must agree");
        }
    }

    [Fact]
    public void The_users_type_is_an_object_with_access_and_auth()
    {
        var schema = Schema();

        var user = Assert.Single(schema.Types).Value;
        Assert.Equal(new[] { "access", "auth" }, user.Properties.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_provider_serves_the_version_of_the_csproj()
    {
        var root = PulumiProjectRoot.Find(AppContext.BaseDirectory);
        var project = File.ReadAllText(Path.Combine(root, "infra", "ElastiCacheRedis", "ElastiCacheRedis.csproj"));

        Assert.Contains($"<Version>{PackageIdentity.Version}</Version>", project, StringComparison.Ordinal);
        Assert.NotEqual("0.0.0", PackageIdentity.Version);
        Assert.Equal(PackageIdentity.Version, Schema().Version);
    }
}
