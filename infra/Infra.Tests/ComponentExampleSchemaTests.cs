using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;
using ComponentAnalyzer = Pulumi.Experimental.Provider.ComponentAnalyzer;
using PackageMetadata = Pulumi.Experimental.Provider.Metadata;
using PackageSpec = Pulumi.Experimental.Provider.PackageSpec;
using ResourceSpec = Pulumi.Experimental.Provider.ResourceSpec;

namespace Infra.Tests;

/// <summary>
/// The YAML consumer (examples/component-yaml/Pulumi.yaml) against the schema that consumers' SDKs are
/// generated from: the SDK's own analyzer reads the Cache component, and the example's resource type,
/// every property it sets and every output it reads must be in that schema. (Infra.Settings.Tests checks
/// the same example, and the TypeScript, Python and C# ones, against the config keys offline.)
/// </summary>
public class ComponentExampleSchemaTests
{
    private const string PackageName = "elasticache-redis";
    private const string TypeToken = PackageName + ":index:Cache";

    [Fact]
    public void The_yaml_examples_resource_type_is_the_components_token_in_the_schema()
    {
        var (type, _, _) = YamlExampleCache();

        Assert.Equal(TypeToken, type);
        Assert.Contains(TypeToken, GenerateSchema().Resources.Keys);
    }

    [Fact]
    public void Every_property_the_yaml_example_sets_is_an_input_of_the_schema() =>
        AssertAllIn(YamlExampleCache().Properties, CacheSchema().InputProperties.Keys, "sets", "input");

    [Fact]
    public void Every_output_the_yaml_example_reads_is_an_output_of_the_schema() =>
        AssertAllIn(YamlExampleCache().OutputsRead, CacheSchema().Properties.Keys, "reads", "output");

    private static void AssertAllIn(List<string> names, IEnumerable<string> schemaNames, string verb, string kind)
    {
        var known = schemaNames.ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.True(known.Contains(name),
            $"The YAML example {verb} '{name}', which is not an {kind} of {TypeToken} ({kind}s: {string.Join(", ", known)})"));
    }

    private static PackageSpec GenerateSchema() =>
        ComponentAnalyzer.GenerateSchema(new PackageMetadata(PackageName), typeof(Cache));

    private static ResourceSpec CacheSchema() => GenerateSchema().Resources[TypeToken];

    /// <summary>The YAML example's <c>cache</c> resource: its type, the names under <c>properties:</c>, and the <c>${cache.x}</c> outputs it exports.</summary>
    private static (string Type, List<string> Properties, List<string> OutputsRead) YamlExampleCache()
    {
        var root = PulumiProjectRoot.Find(AppContext.BaseDirectory);
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(root, "examples", "component-yaml", "Pulumi.yaml"))));
        var program = (YamlMappingNode)stream.Documents[0].RootNode;

        var cache = (YamlMappingNode)((YamlMappingNode)program["resources"])["cache"];
        var properties = ((YamlMappingNode)cache["properties"]).Children.Keys.Select(key => ((YamlScalarNode)key).Value!).ToList();
        var outputsRead = ((YamlMappingNode)program["outputs"]).Children.Values
            .Select(value => ((YamlScalarNode)value).Value ?? "")
            .Select(text => Regex.Match(text, @"^\$\{cache\.(\w+)\}$") is { Success: true } match
                ? match.Groups[1].Value
                : throw new Xunit.Sdk.XunitException($"The YAML example exports '{text}', which does not read an output of the cache."))
            .ToList();
        return (((YamlScalarNode)cache["type"]).Value!, properties, outputsRead);
    }
}
