namespace Infra.Settings.Tests.Repository;

/// <summary>Paths and committed stacks of this repository, found from <see cref="RepositoryRoot"/>.</summary>
internal static class RepositoryFiles
{
    public static string Root => RepositoryRoot.Path;

    public static string PathOf(params string[] relative) => Path.Combine([Root, .. relative]);

    /// <summary>
    /// The stacks this repository ships (their files are committed, the workflows preview and deploy
    /// them, and they meet the security baseline). A user's own stack file next to them (e.g.
    /// <c>Pulumi.staging.yaml</c> from <c>pulumi stack init staging</c>) is validated, not held to these.
    /// </summary>
    public static IReadOnlyList<string> CommittedStackNames { get; } = ["dev", "prod"];

    /// <summary>Names of every stack file at the root, committed or not: <c>Pulumi.dev.yaml</c> gives <c>dev</c>.</summary>
    public static IReadOnlyList<string> StackNames() =>
        Directory.GetFiles(Root, "Pulumi.*.yaml")
            .Select(path => Path.GetFileName(path)["Pulumi.".Length..^".yaml".Length])
            .Order(StringComparer.Ordinal)
            .ToList();
}
