namespace Infra.Tests;

public sealed class PulumiProjectRootTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("pulumi-root-test-");

    [Fact]
    public void Find_ReturnsTheNearestDirectoryWithPulumiYaml()
    {
        File.WriteAllText(Path.Combine(_root.FullName, "Pulumi.yaml"), "name: test\n");
        var nested = Directory.CreateDirectory(Path.Combine(_root.FullName, "infra", "Infra", "bin"));

        Assert.Equal(_root.FullName, PulumiProjectRoot.Find(nested.FullName));
        Assert.Equal(_root.FullName, PulumiProjectRoot.Find(_root.FullName));
    }

    [Fact]
    public void Find_FailsClearly_WithoutPulumiYaml()
    {
        var nested = Directory.CreateDirectory(Path.Combine(_root.FullName, "a", "b"));

        var error = Assert.Throws<InvalidOperationException>(() => PulumiProjectRoot.Find(nested.FullName));
        Assert.Contains("Pulumi.yaml", error.Message, StringComparison.Ordinal);
        Assert.Contains(nested.FullName, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _root.Delete(recursive: true);
}
