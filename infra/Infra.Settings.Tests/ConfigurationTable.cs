namespace Infra.Settings.Tests;

/// <summary>The configuration table rows (docs/configuration.md) as the catalog says they must read.</summary>
internal static class ConfigurationTable
{
    /// <summary>
    /// <c>REGENERATE_DOCS=1 dotnet test</c> rewrites the table in docs/configuration.md and Pulumi.yaml's config block
    /// from the catalog instead of failing on a difference (review the diff before committing).
    /// </summary>
    public static bool RegenerateRequested => Environment.GetEnvironmentVariable("REGENERATE_DOCS") == "1";

    public const string Header = "| Key | Type | Default | Meaning | Allowed | Replaces the replication group |";

    public static List<string> Rows() =>
        SettingKeys.All.Select(d =>
            $"| `{d.Key}` | {d.TypeName}{(d.Secret ? " (secret)" : "")} | {Default(d)} | {Escape(d.Description)} | {Escape(d.Allowed)} | {Escape(d.Replaces)} |")
        .ToList();

    /// <summary>Pulumi.yaml's <c>config:</c> block as the catalog says it must read (declarable keys only).</summary>
    public static string ProjectConfigBlock()
    {
        var lines = new List<string> { "config:" };
        foreach (var d in SettingKeys.All.Where(d => d.DeclaredInProjectFile))
        {
            lines.Add($"  {d.Key}:");
            lines.Add($"    type: {d.TypeName}");
            if (d.Type == SettingType.Array)
            {
                lines.Add("    items:");
                lines.Add("      type: string");
            }

            lines.Add($"    description: {Quote(d.Description)}");
            lines.Add($"    default: {(d.Type == SettingType.String ? Quote(d.Default!) : d.Default)}");
        }

        return string.Join("\n", lines) + "\n";
    }

    /// <summary>A YAML double-quoted scalar (only backslash and quote need escaping in our texts).</summary>
    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Default(SettingDefinition definition) => definition.Default switch
    {
        null => "none",
        "" => "empty",
        var value => $"`{value}`",
    };

    private static string Escape(string text) => text
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("<", "\\<", StringComparison.Ordinal)
        .Replace(">", "\\>", StringComparison.Ordinal);
}
