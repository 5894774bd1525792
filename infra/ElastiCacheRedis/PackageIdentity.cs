using System.Reflection;

namespace ElastiCacheRedis;

/// <summary>The Pulumi package this library is: its name and version, as the provider serves them.</summary>
public static class PackageIdentity
{
    /// <summary>The first part of every type token (<c>elasticache-redis:index:Cache</c>).</summary>
    public const string Name = "elasticache-redis";

    /// <summary>
    /// The package version: ElastiCacheRedis.csproj's <c>&lt;Version&gt;</c> (the one place it is
    /// written), read from this assembly, without the build metadata (<c>+&lt;commit&gt;</c>) the SDK appends.
    /// </summary>
    public static string Version { get; } =
        typeof(PackageIdentity).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? throw new InvalidOperationException("The ElastiCacheRedis assembly carries no informational version.");
}
