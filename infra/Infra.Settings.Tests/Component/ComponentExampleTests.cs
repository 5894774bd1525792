using System.Text.RegularExpressions;
using System.Xml.Linq;
using Infra.Settings.Tests.Repository;

namespace Infra.Settings.Tests.Component;

/// <summary>
/// The component consumers under examples/ (issue 16): they use the package's type token, pass only
/// inputs named like stack config keys, read only documented outputs and pin the current release.
/// infra/Infra.Tests checks the same examples against the schema the SDK generates from the component.
/// </summary>
public class ComponentExampleTests
{
    private static readonly string[] SmokeContract =
        ["primaryEndpoint", "readerEndpoint", "port", "transitEncryption", "authToken", "replicationGroupId", "clientInstanceId"];

    private static readonly string[] PackageExamples = ["component-yaml", "component-typescript", "component-python"];

    [Fact]
    public void The_yaml_example_is_a_yaml_program_with_one_cache_of_the_packages_type()
    {
        var program = Yaml.LoadMapping(ComponentExample.PathOf("component-yaml", "Pulumi.yaml"));

        Assert.Equal("yaml", program.Scalar("runtime"));
        Assert.NotEmpty(ComponentExample.YamlCacheResource().Required("properties").Keys());
    }

    [Fact]
    public void Every_input_an_example_passes_is_a_stack_config_key()
    {
        foreach (var example in ComponentExample.All())
        {
            Assert.Superset(new HashSet<string> { "vpcId", "cacheSubnetIds", "allowedSecurityGroupIds" }, example.Inputs.ToHashSet());
            Assert.True(example.Inputs.All(input => SettingKeys.Find(input) is not null),
                $"{example.Name} passes inputs that are not config keys: {string.Join(", ", example.Inputs.Where(input => SettingKeys.Find(input) is null))}");
        }
    }

    [Fact]
    public void Every_example_exports_the_outputs_it_reads_under_their_own_documented_names()
    {
        var documented = DocumentedOutputs();
        foreach (var example in ComponentExample.All())
        {
            Assert.True(example.OutputsRead.All(documented.Contains),
                $"{example.Name} reads outputs the README does not list: {string.Join(", ", example.OutputsRead.Where(output => !documented.Contains(output)))}");
            Assert.Equal(example.OutputsRead.Order(StringComparer.Ordinal), example.Exports.Order(StringComparer.Ordinal));
            Assert.Superset(new HashSet<string>([.. SmokeContract, "connectionString"]), example.Exports.ToHashSet());
        }
    }

    [Fact]
    public void The_examples_export_the_same_outputs_in_every_language()
    {
        var examples = ComponentExample.All();
        var first = examples[0].Exports.Order(StringComparer.Ordinal).ToList();

        Assert.All(examples, example => Assert.Equal(first, example.Exports.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void The_yaml_example_uses_only_config_it_declares()
    {
        var program = Yaml.LoadMapping(ComponentExample.PathOf("component-yaml", "Pulumi.yaml"));
        var declared = program.Required("config").Keys().ToHashSet();
        var used = ComponentExample.YamlCacheResource().Required("properties").AllScalars()
            .SelectMany(value => Regex.Matches(value, @"\$\{(\w+)\}").Select(match => match.Groups[1].Value))
            .ToList();

        Assert.NotEmpty(used);
        Assert.Subset(declared, used.ToHashSet());
    }

    [Fact]
    public void The_package_examples_pin_the_current_release_and_show_the_command_that_adds_it()
    {
        var expectedSuffix = $"/infra/ElastiCacheRedis.Provider@v{PackageVersion.Read()}";
        var entries = PackageExamples.Select(folder =>
        {
            var path = ComponentExample.PathOf(folder, "Pulumi.yaml");
            var entry = Yaml.LoadMapping(path).Required("packages").Scalar(ComponentExample.PackageName) ?? "";
            Assert.EndsWith(expectedSuffix, entry, StringComparison.Ordinal);
            Assert.Contains($"pulumi package add {entry}", File.ReadAllText(path), StringComparison.Ordinal);
            return entry;
        }).ToList();

        Assert.Single(entries.Distinct());
    }

    [Fact]
    public void The_component_guide_pins_the_current_release_wherever_it_names_one()
    {
        var guide = File.ReadAllText(RepositoryRoot.File("docs/component.md"));
        var pinned = Regex.Matches(guide, @"ElastiCacheRedis\.Provider@v(\d+\.\d+\.\d+)").Select(match => match.Groups[1].Value).ToList();

        Assert.NotEmpty(pinned);
        Assert.All(pinned, version => Assert.Equal(PackageVersion.Read(), version));
    }

    [Fact]
    public void The_csharp_example_references_the_component_project_and_stays_out_of_the_solution()
    {
        var project = XDocument.Load(ComponentExample.PathOf("component-csharp", "CacheConsumer.csproj"));
        var reference = Assert.Single(project.Descendants("ProjectReference")).Attribute("Include")!.Value;
        var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ComponentExample.PathOf("component-csharp", "CacheConsumer.csproj"))!, reference));

        Assert.Equal(RepositoryRoot.File("infra/ElastiCacheRedis/ElastiCacheRedis.csproj"), target);
        Assert.DoesNotContain("CacheConsumer", File.ReadAllText(RepositoryRoot.File("Infra.sln")), StringComparison.Ordinal);
    }

    /// <summary>Every output name in the outputs table of docs/outputs.md (a row may list several).</summary>
    private static HashSet<string> DocumentedOutputs() =>
        DocumentationConsistencyTests.DocSection("docs/outputs.md", "outputs")
            .Split('\n')
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .SelectMany(line => Regex.Matches(line.Split('|')[1], "`(\\w+)`").Select(match => match.Groups[1].Value))
            .ToHashSet();
}
