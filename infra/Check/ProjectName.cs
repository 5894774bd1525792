using System.Text.RegularExpressions;

namespace Check;

/// <summary>The Pulumi project a stack file belongs to: <c>name:</c> of the nearest Pulumi.yaml above it.</summary>
internal static partial class ProjectName
{
    public const string Default = "elasticache-redis";

    [GeneratedRegex(@"^name:\s*(?<name>[A-Za-z0-9._-]+)\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex NameLine();

    /// <summary>The project name, or <see cref="Default"/> when no Pulumi.yaml is found above the file.</summary>
    public static string For(string stackFilePath)
    {
        for (var directory = new FileInfo(stackFilePath).Directory; directory is not null; directory = directory.Parent)
        {
            var project = Path.Combine(directory.FullName, "Pulumi.yaml");
            if (File.Exists(project) && NameLine().Match(File.ReadAllText(project)) is { Success: true } match)
            {
                return match.Groups["name"].Value;
            }
        }

        return Default;
    }
}
