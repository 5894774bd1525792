using ElastiCacheRedis;
using Pulumi.Experimental.Provider;

// Serves the elasticache-redis package: its one public component, Cache, under the package's real
// version (ElastiCacheRedis.csproj's <Version>), not ComponentProviderHost's 0.0.0.
await Provider.Serve(
    args,
    PackageIdentity.Version,
    _ => new ComponentProvider(typeof(Cache).Assembly, new Metadata(Name: PackageIdentity.Name, Version: PackageIdentity.Version), [typeof(Cache)]),
    CancellationToken.None);
