using System.Xml.Linq;

namespace Infra.Settings.Tests.Component;

/// <summary>The component package's version: the one <c>&lt;Version&gt;</c> in ElastiCacheRedis.csproj.</summary>
internal static class PackageVersion
{
    public static string Read()
    {
        var project = XDocument.Load(RepositoryRoot.File("infra/ElastiCacheRedis/ElastiCacheRedis.csproj"));
        return Assert.Single(project.Descendants("Version")).Value.Trim();
    }
}
