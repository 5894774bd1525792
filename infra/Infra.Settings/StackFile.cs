using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Settings;

/// <summary>
/// A committed <c>Pulumi.&lt;stack&gt;.yaml</c>, read without the Pulumi CLI: the project's keys with
/// their <c>&lt;project&gt;:</c> namespace stripped, in the form <c>Config.Get</c> returns them (plain
/// text for scalars, JSON text for lists and maps). A <c>secure:</c> value cannot be decrypted here,
/// so it becomes <see cref="EncryptedValueMarker"/>, a <see cref="DeferredValue"/>.
/// </summary>
/// <param name="Config">The project's keys, bare, ready for <see cref="StackSettingsParser.Parse"/>.</param>
/// <param name="OtherNamespaces">Keys of other namespaces (e.g. <c>aws:region</c>), fully qualified.</param>
public sealed record StackFile(
    string Stack,
    IReadOnlyDictionary<string, string> Config,
    IReadOnlyDictionary<string, string> OtherNamespaces)
{
    /// <summary>Stands for a <c>secure:</c> (encrypted) value: present, content unknown (<see cref="DeferredValue.Marker"/>).</summary>
    public const string EncryptedValueMarker = DeferredValue.Marker;

    /// <summary>Loads <c>Pulumi.&lt;stack&gt;.yaml</c>; the stack name comes from the file name.</summary>
    public static StackFile Load(string path, string project)
    {
        var fileName = Path.GetFileName(path);
        if (!fileName.StartsWith("Pulumi.", StringComparison.Ordinal)
            || !(fileName.EndsWith(".yaml", StringComparison.Ordinal) || fileName.EndsWith(".yml", StringComparison.Ordinal)))
        {
            throw new ArgumentException($"'{fileName}' is not a stack file name (Pulumi.<stack>.yaml).", nameof(path));
        }

        var stack = Path.GetFileNameWithoutExtension(fileName)["Pulumi.".Length..];
        return Parse(File.ReadAllText(path), project, stack);
    }

    /// <summary>Reads stack file text. Throws <see cref="FormatException"/> when it is not a stack file's shape.</summary>
    public static StackFile Parse(string yaml, string project, string stack)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new FormatException($"Pulumi.{stack}.yaml is not valid YAML: {e.Message}", e);
        }

        var own = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var others = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode as YamlMappingNode;
        if (root is null || !root.Children.TryGetValue(new YamlScalarNode("config"), out var configNode))
        {
            return new StackFile(stack, own, others);
        }

        if (configNode is not YamlMappingNode config)
        {
            throw new FormatException($"Pulumi.{stack}.yaml: 'config' must be a mapping.");
        }

        foreach (var (keyNode, valueNode) in config.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            var value = ToConfigText(valueNode);
            var colon = key.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0 || key[..colon] == project)
            {
                own[key[(colon + 1)..]] = value;
            }
            else
            {
                others[key] = value;
            }
        }

        return new StackFile(stack, own, others);
    }

    /// <summary>What Pulumi's <c>Config.Get</c> returns for the value: scalars as text, lists and maps as JSON.</summary>
    private static string ToConfigText(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value ?? "",
        _ when IsSecure(node) => EncryptedValueMarker,
        _ => ToJson(node)?.ToJsonString() ?? "null",
    };

    private static bool IsSecure(YamlNode node) =>
        node is YamlMappingNode { Children.Count: 1 } mapping
        && mapping.Children.ContainsKey(new YamlScalarNode("secure"));

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        _ when IsSecure(node) => JsonValue.Create(EncryptedValueMarker),
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(child =>
            KeyValuePair.Create(((YamlScalarNode)child.Key).Value ?? "", ToJson(child.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode scalar => ScalarToJson(scalar),
        _ => throw new FormatException($"Unsupported YAML node {node.NodeType} at {node.Start}."),
    };

    /// <summary>YAML 1.2 core-schema typing of a plain scalar (as Pulumi's YAML reader resolves it); quoted scalars stay strings.</summary>
    private static JsonNode? ScalarToJson(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
        {
            return JsonValue.Create(text);
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return JsonValue.Create(bool.Parse(text));
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? JsonValue.Create(number)
            : JsonValue.Create(text);
    }
}
