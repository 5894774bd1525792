namespace Infra.Settings.Tests;

/// <summary>The repository root: the nearest directory above the test binaries holding Infra.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string File(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "Infra.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Infra.sln above {AppContext.BaseDirectory}.");
    }
}
