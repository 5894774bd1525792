using System.Text.RegularExpressions;

namespace Infra.Settings.Tests;

/// <summary>
/// The Cache component's inputs agree with the config catalog, checked offline on the source of
/// CacheArgs (the Pulumi projects cannot be built here): one [Input] per key under the key's own
/// name, Input-typed exactly for the deferrable keys, and each doc comment stating the catalog's default.
/// </summary>
public sealed partial class CacheArgsSourceTests
{
    [GeneratedRegex("""/// Default: (?<default>[^\n]*?)\. Allowed:[^\n]*\n(?:\s*///[^\n]*\n)*?\s*\[Input\("(?<key>[A-Za-z]+)"\)\]\s*public (?<type>[^ ]+(?: [^ ]+)?) [A-Z]""")]
    private static partial Regex InputPattern();

    private static readonly IReadOnlyDictionary<string, (string Default, string Type)> Inputs = ReadInputs();

    private static Dictionary<string, (string Default, string Type)> ReadInputs()
    {
        var source = File.ReadAllText(RepositoryRoot.File("infra/ElastiCacheRedis/CacheArgs.cs"));
        return InputPattern().Matches(source).ToDictionary(
            match => match.Groups["key"].Value,
            match => (match.Groups["default"].Value, match.Groups["type"].Value));
    }

    [Fact]
    public void Every_config_key_is_an_input_under_its_own_name()
    {
        Assert.Equal(SettingKeys.All.Select(d => d.Key).Order(StringComparer.Ordinal), Inputs.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Exactly_the_deferrable_keys_are_pulumi_inputs()
    {
        foreach (var definition in SettingKeys.All)
        {
            var type = Inputs[definition.Key].Type;
            Assert.True(definition.Deferrable == type.StartsWith("Input", StringComparison.Ordinal), $"{definition.Key}: {type}");
        }
    }

    [Fact]
    public void Every_input_documents_the_catalog_default()
    {
        foreach (var definition in SettingKeys.All)
        {
            var expected = definition.Default switch
            {
                null => "none (not set)",
                "" => "empty (not set)",
                var text => $"<c>{text.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)}</c>",
            };
            Assert.True(expected == Inputs[definition.Key].Default, $"{definition.Key}: documented {Inputs[definition.Key].Default}, catalog {expected}");
        }
    }
}
