namespace Infra.Settings.Tests.Repository;

/// <summary>Paths and committed stacks of this repository, found from <see cref="RepositoryRoot"/>.</summary>
internal static class RepositoryFiles
{
    public static string Root => RepositoryRoot.Path;

    public static string PathOf(params string[] relative) => Path.Combine([Root, .. relative]);

    /// <summary>Names of the committed stacks: <c>Pulumi.dev.yaml</c> gives <c>dev</c>.</summary>
    public static IReadOnlyList<string> StackNames() =>
        Directory.GetFiles(Root, "Pulumi.*.yaml")
            .Select(path => Path.GetFileName(path)["Pulumi.".Length..^".yaml".Length])
            .Order(StringComparer.Ordinal)
            .ToList();
}
