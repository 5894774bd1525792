using System.Text;
using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests;

/// <summary>
/// Reads a Pulumi stack file (<c>Pulumi.&lt;stack&gt;.yaml</c>) into the bare-key config values of one
/// project namespace, the way the Pulumi CLI hands them to a program: scalars as text, structured
/// values as JSON. Encrypted (<c>secure:</c>) values are left out: tests supply their own secrets.
/// </summary>
internal static class StackFileConfig
{
    public static Dictionary<string, string> Load(string path, string project)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path, Encoding.UTF8))
        {
            yaml.Load(reader);
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("config"), out var configNode)
            || configNode is not YamlMappingNode config)
        {
            return values;
        }

        var prefix = project + ":";
        foreach (var (keyNode, valueNode) in config.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            if (!key.StartsWith(prefix, StringComparison.Ordinal) || IsSecure(valueNode))
            {
                continue;
            }

            values[key[prefix.Length..]] = valueNode is YamlScalarNode scalar ? scalar.Value ?? "" : ToJson(valueNode);
        }

        return values;
    }

    private static bool IsSecure(YamlNode node) =>
        node is YamlMappingNode mapping && mapping.Children.ContainsKey(new YamlScalarNode("secure"));

    private static string ToJson(YamlNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(node, writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(YamlNode node, Utf8JsonWriter writer)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                writer.WriteStartObject();
                foreach (var (key, value) in mapping.Children)
                {
                    writer.WritePropertyName(((YamlScalarNode)key).Value ?? "");
                    Write(value, writer);
                }

                writer.WriteEndObject();
                break;
            case YamlSequenceNode sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Children)
                {
                    Write(item, writer);
                }

                writer.WriteEndArray();
                break;
            case YamlScalarNode scalar:
                WriteScalar(scalar, writer);
                break;
            default:
                throw new InvalidOperationException($"Unsupported YAML node {node.NodeType} at {node.Start}.");
        }
    }

    // YAML's core schema: unquoted integers and booleans keep their type, everything else is text.
    private static void WriteScalar(YamlScalarNode scalar, Utf8JsonWriter writer)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is YamlDotNet.Core.ScalarStyle.Plain)
        {
            if (long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                writer.WriteNumberValue(number);
                return;
            }

            if (text is "true" or "false")
            {
                writer.WriteBooleanValue(text == "true");
                return;
            }

            if (text is "null" or "~" or "")
            {
                writer.WriteNullValue();
                return;
            }
        }

        writer.WriteStringValue(text);
    }
}
