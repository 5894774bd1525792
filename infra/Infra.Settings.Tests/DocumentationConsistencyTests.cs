using YamlDotNet.RepresentationModel;

namespace Infra.Settings.Tests;

/// <summary>Pulumi.yaml's config block and the configuration reference (docs/configuration.md) agree with <see cref="SettingKeys.All"/>.</summary>
public class DocumentationConsistencyTests
{
    /// <summary>The full configuration table and its notes; the README keeps only the keys people change first.</summary>
    public const string ConfigurationDoc = "docs/configuration.md";

    private static readonly YamlMappingNode ProjectConfig = LoadProjectConfig();

    [Fact]
    public void The_catalog_has_no_duplicate_keys_and_every_key_is_camel_case()
    {
        var keys = SettingKeys.All.Select(d => d.Key).ToList();

        Assert.Equal(keys.Count, keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(keys, key => Assert.Matches("^[a-z][a-zA-Z0-9]*$", key));
        Assert.All(SettingKeys.All, d => Assert.False(string.IsNullOrWhiteSpace(d.Description) || string.IsNullOrWhiteSpace(d.Allowed), d.Key));
    }

    [Fact]
    public void Every_catalog_default_is_accepted_by_the_parser()
    {
        var config = TestConfig.Valid();
        foreach (var definition in SettingKeys.All.Where(d => d.Default is not null))
        {
            config[definition.Key] = definition.Default!;
        }

        Assert.NotNull(TestConfig.Parse(config));
    }

    [Fact]
    public void Only_the_secret_and_the_maps_are_left_out_of_pulumi_yaml() =>
        Assert.Equal(
            [SettingKeys.AlarmThresholds, SettingKeys.AuthEnabled, SettingKeys.AuthToken, SettingKeys.Parameters, SettingKeys.Tags, SettingKeys.UserPasswords, SettingKeys.Users],
            SettingKeys.All.Where(d => !d.DeclaredInProjectFile).Select(d => d.Key).Order(StringComparer.Ordinal));

    [Fact]
    public void Pulumi_yaml_declares_exactly_the_declarable_keys() =>
        Assert.Equal(
            SettingKeys.All.Where(d => d.DeclaredInProjectFile).Select(d => d.Key).Order(StringComparer.Ordinal),
            ProjectConfig.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).Order(StringComparer.Ordinal));

    [Fact]
    public void Pulumi_yaml_names_every_undeclared_key_in_its_comment()
    {
        var text = File.ReadAllText(RepositoryRoot.File("Pulumi.yaml"));

        Assert.All(
            SettingKeys.All.Where(d => !d.DeclaredInProjectFile),
            d => Assert.Contains($"#   {d.Key} ", text, StringComparison.Ordinal));
    }

    [Fact]
    public void Pulumi_yaml_types_descriptions_and_defaults_match_the_catalog()
    {
        foreach (var definition in SettingKeys.All.Where(d => d.DeclaredInProjectFile))
        {
            var declaration = (YamlMappingNode)ProjectConfig[definition.Key];
            Assert.Equal(definition.TypeName, Scalar(declaration, "type"));
            Assert.False(string.IsNullOrWhiteSpace(Scalar(declaration, "description")), definition.Key);
            Assert.Equal(definition.Default, DefaultText(declaration["default"]));
            if (definition.Type == SettingType.Array)
            {
                Assert.Equal("string", Scalar((YamlMappingNode)declaration["items"], "type"));
            }
        }
    }

    [Fact]
    public void Pulumi_yaml_config_block_is_the_catalog_rendered()
    {
        var text = File.ReadAllText(RepositoryRoot.File("Pulumi.yaml"));
        var actual = text[text.IndexOf("\nconfig:\n", StringComparison.Ordinal)..].TrimStart('\n');
        var expected = ConfigurationTable.ProjectConfigBlock();
        if (expected != actual && ConfigurationTable.RegenerateRequested)
        {
            File.WriteAllText(RepositoryRoot.File("Pulumi.yaml"), text.Replace(actual, expected, StringComparison.Ordinal));
            return;
        }

        Assert.True(expected == actual, "Pulumi.yaml's config block differs from SettingKeys.All. Expected:\n" + expected);
    }

    [Fact]
    public void The_configuration_table_lists_every_key_with_its_default_allowed_values_and_replacement_flag()
    {
        var expected = ConfigurationTable.Rows();
        Assert.Contains(ConfigurationTable.Header, DocSection(ConfigurationDoc, "configuration"), StringComparison.Ordinal);
        var actual = ConfigurationRows();
        if (!expected.SequenceEqual(actual) && ConfigurationTable.RegenerateRequested)
        {
            RewriteConfigurationRows(expected);
            return;
        }

        Assert.True(
            expected.SequenceEqual(actual),
            $"The configuration table in {ConfigurationDoc} differs from SettingKeys.All. Expected rows:" + Environment.NewLine
                + string.Join(Environment.NewLine, expected));
    }

    [Fact]
    public void The_configuration_reference_names_every_setting_that_replaces_the_replication_group()
    {
        var section = DocSection(ConfigurationDoc, "configuration");

        Assert.All(
            SettingKeys.All.Where(d => d.ForcesReplacement),
            d => Assert.Contains($"- `{d.Key}`", section, StringComparison.Ordinal));
    }

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    /// <summary>The default as config text: scalars as written, lists as compact JSON.</summary>
    private static string DefaultText(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value ?? "",
        YamlSequenceNode sequence => "[" + string.Join(",", sequence.Children.Select(c => $"\"{((YamlScalarNode)c).Value}\"")) + "]",
        _ => throw new InvalidOperationException($"Unexpected default {node}"),
    };

    private static YamlMappingNode LoadProjectConfig()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(RepositoryRoot.File("Pulumi.yaml"))));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        Assert.Equal("elasticache-redis", Scalar(root, "name"));
        Assert.Equal("dotnet", Scalar(root, "runtime"));
        Assert.Equal("infra/Infra", Scalar(root, "main"));
        return (YamlMappingNode)root["config"];
    }

    /// <summary>The text of a markdown file from the section's marker to the next <c>## </c> heading.</summary>
    internal static string DocSection(string relativePath, string name)
    {
        var text = File.ReadAllText(RepositoryRoot.File(relativePath));
        var start = text.IndexOf($"<!-- section: {name} -->", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{relativePath} has no section marker '{name}'.");
        var end = text.IndexOf("\n## ", start, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }

    /// <summary>Replaces the table's rows (the contiguous <c>| `key` |</c> lines) with <paramref name="rows"/>.</summary>
    private static void RewriteConfigurationRows(IReadOnlyList<string> rows)
    {
        var path = RepositoryRoot.File(ConfigurationDoc);
        var lines = File.ReadAllText(path).Split('\n').ToList();
        var header = lines.FindIndex(line => line.TrimEnd() == ConfigurationTable.Header);
        var first = header + 2;
        var count = lines.Skip(first).TakeWhile(line => line.StartsWith("| `", StringComparison.Ordinal)).Count();
        lines.RemoveRange(first, count);
        lines.InsertRange(first, rows);
        File.WriteAllText(path, string.Join('\n', lines));
    }

    private static List<string> ConfigurationRows() =>
        DocSection(ConfigurationDoc, "configuration")
            .Split('\n')
            .Select(line => line.TrimEnd())
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .ToList();
}
