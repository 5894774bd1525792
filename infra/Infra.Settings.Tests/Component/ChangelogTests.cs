using System.Text.RegularExpressions;

namespace Infra.Settings.Tests.Component;

/// <summary>CHANGELOG.md starts with the release the package serves (the csproj's one <c>&lt;Version&gt;</c>).</summary>
public class ChangelogTests
{
    [Fact]
    public void The_changelogs_first_version_heading_is_the_packages_version()
    {
        var lines = File.ReadAllLines(RepositoryRoot.File("CHANGELOG.md"));
        var heading = lines.First(line => line.StartsWith("## ", StringComparison.Ordinal));
        var version = Regex.Match(heading, @"^## \[?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\]?");

        Assert.True(version.Success, $"The first '## ' heading of CHANGELOG.md names no version: '{heading}'");
        Assert.Equal(PackageVersion.Read(), version.Groups[1].Value);
    }
}
