namespace Infra.Settings.Tests.Repository;

/// <summary>Finds files of this repository from a test's output folder.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding Infra.sln.</summary>
    public static string Root => RootPath.Value;

    public static string PathOf(params string[] relative) => Path.Combine([Root, .. relative]);

    /// <summary>Names of the committed stacks: <c>Pulumi.dev.yaml</c> gives <c>dev</c>.</summary>
    public static IReadOnlyList<string> StackNames() =>
        Directory.GetFiles(Root, "Pulumi.*.yaml")
            .Select(path => Path.GetFileName(path)["Pulumi.".Length..^".yaml".Length])
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Infra.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Infra.sln above {AppContext.BaseDirectory}");
    }
}
