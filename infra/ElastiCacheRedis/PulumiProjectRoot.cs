namespace ElastiCacheRedis;

/// <summary>Finds the Pulumi project root: the nearest directory at or above a start directory holding Pulumi.yaml.</summary>
internal static class PulumiProjectRoot
{
    public const string ProjectFileName = "Pulumi.yaml";

    public static string Find(string startDirectory) =>
        TryFind(startDirectory) ?? throw new InvalidOperationException(
            $"No {ProjectFileName} found in '{startDirectory}' or any directory above it; "
            + "run pulumi from a checkout of this repository.");

    /// <summary>The nearest directory at or above <paramref name="startDirectory"/> holding Pulumi.yaml; null when there is none.</summary>
    public static string? TryFind(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, ProjectFileName)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
