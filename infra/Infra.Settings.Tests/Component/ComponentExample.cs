using System.Text.RegularExpressions;
using Infra.Settings.Tests.Repository;
using YamlDotNet.RepresentationModel;

namespace Infra.Settings.Tests.Component;

/// <summary>
/// What one consumer example under examples/component-*/ gives the Cache and takes from it, read from
/// its source text: the input names it passes (as camelCase config keys), the component outputs it
/// reads (camelCase) and the stack outputs it exports. Each language names things its own way
/// (snake_case in Python, PascalCase in C#); this brings them back to the schema's names.
/// </summary>
internal sealed record ComponentExample(string Name, IReadOnlyList<string> Inputs, IReadOnlyList<string> OutputsRead, IReadOnlyList<string> Exports)
{
    public const string TypeToken = "elasticache-redis:index:Cache";
    public const string PackageName = "elasticache-redis";

    public static string PathOf(string folder, string file) => RepositoryRoot.File(Path.Combine("examples", folder, file));

    public static IReadOnlyList<ComponentExample> All() => [YamlProgram(), TypeScript(), Python(), CSharp()];

    /// <summary>The single resource of the Cache's type in the YAML program.</summary>
    public static YamlNode YamlCacheResource()
    {
        var resources = Yaml.LoadMapping(PathOf("component-yaml", "Pulumi.yaml")).Required("resources");
        var name = Assert.Single(resources.Keys(), key => resources.Required(key).Scalar("type") == TypeToken);
        return resources.Required(name);
    }

    public static ComponentExample YamlProgram()
    {
        var outputs = Yaml.LoadMapping(PathOf("component-yaml", "Pulumi.yaml")).Required("outputs");
        var read = outputs.Keys().Select(key => Match(outputs.Scalar(key) ?? "", @"^\$\{cache\.(\w+)\}$")).ToList();
        return new("component-yaml", YamlCacheResource().Required("properties").Keys().ToList(), read, outputs.Keys().ToList());
    }

    public static ComponentExample TypeScript() => FromSource("component-typescript", "index.ts",
        "new elasticacheRedis.Cache(\"cache\", {", "});", @"^\s+(\w+):", @"^export const (\w+) =", name => name);

    public static ComponentExample Python() => FromSource("component-python", "__main__.py",
        "elasticache_redis.Cache(", "\n)", @"^\s+(\w+)=", @"^pulumi\.export\(""(\w+)""", SnakeToCamel);

    public static ComponentExample CSharp() => FromSource("component-csharp", "Program.cs",
        "new CacheArgs", "});", @"^\s+(\w+) =", @"^\s+\[""(\w+)""\] =", PascalToCamel);

    /// <summary>
    /// A program in a general-purpose language: the inputs are the names matching <paramref name="inputPattern"/>
    /// between <paramref name="argsStart"/> and <paramref name="argsEnd"/>, the outputs read are the members of
    /// <c>cache</c>, the exports match <paramref name="exportPattern"/>; <paramref name="toSchemaName"/> turns the
    /// language's names into the schema's camelCase.
    /// </summary>
    private static ComponentExample FromSource(
        string folder, string file, string argsStart, string argsEnd, string inputPattern, string exportPattern, Func<string, string> toSchemaName)
    {
        var text = File.ReadAllText(PathOf(folder, file));
        var args = Between(text, argsStart, argsEnd);
        return new(folder,
            All(args, inputPattern).Select(toSchemaName).ToList(),
            All(text, CacheMember).Select(toSchemaName).ToList(),
            All(text, exportPattern));
    }

    /// <summary>A member of the program's <c>cache</c> variable (not the node type string "cache.t4g...").</summary>
    private const string CacheMember = @"(?<![""'\w])cache\.(\w+)";

    public static string SnakeToCamel(string name)
    {
        var parts = name.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
    }

    public static string PascalToCamel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start}' not found");
        var to = text.IndexOf(end, from, StringComparison.Ordinal);
        Assert.True(to > from, $"'{end}' not found after '{start}'");
        return text[(from + start.Length)..to];
    }

    private static List<string> All(string text, string pattern) =>
        Regex.Matches(text, pattern, RegexOptions.Multiline).Select(match => match.Groups[1].Value).ToList();

    private static string Match(string text, string pattern)
    {
        var match = Regex.Match(text, pattern);
        Assert.True(match.Success, $"'{text}' does not match {pattern}");
        return match.Groups[1].Value;
    }
}
