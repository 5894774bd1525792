using YamlDotNet.RepresentationModel;

namespace Infra.Settings.Tests.Repository;

/// <summary>Small read-only navigation over YamlDotNet's representation model, for assertions.</summary>
internal static class Yaml
{
    public static YamlMappingNode LoadMapping(string path)
    {
        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        stream.Load(reader);
        return Assert.IsType<YamlMappingNode>(stream.Documents.Single().RootNode);
    }

    public static YamlNode? Child(this YamlNode node, string key) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static YamlNode Required(this YamlNode node, string key) =>
        node.Child(key) ?? throw new Xunit.Sdk.XunitException($"missing key '{key}' at {node.Start}");

    public static string? Scalar(this YamlNode node, string key) => (node.Child(key) as YamlScalarNode)?.Value;

    public static IEnumerable<string> Keys(this YamlNode node) =>
        node is YamlMappingNode mapping ? mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value!) : [];

    public static IEnumerable<YamlNode> Items(this YamlNode? node) =>
        node is YamlSequenceNode sequence ? sequence.Children : [];

    /// <summary>Every scalar below <paramref name="node"/>, keys included.</summary>
    public static IEnumerable<string> AllScalars(this YamlNode node) => node switch
    {
        YamlScalarNode scalar => [scalar.Value ?? ""],
        YamlSequenceNode sequence => sequence.Children.SelectMany(AllScalars),
        YamlMappingNode mapping => mapping.Children.SelectMany(pair => AllScalars(pair.Key).Concat(AllScalars(pair.Value))),
        _ => [],
    };
}
