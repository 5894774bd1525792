using ElastiCacheRedis;
using Pulumi;

// The Cache in an existing VPC, admitting one application security group. The CacheArgs names are
// the stack config keys in PascalCase (vpcId -> VpcId); what is left out takes the stack's default.
static IDictionary<string, object?> DefineCache()
{
    var config = new Config();
    var cache = new Cache("cache", new CacheArgs
    {
        VpcId = config.Require("vpcId"),
        CacheSubnetIds = config.RequireObject<string[]>("cacheSubnetIds"),
        ClientSubnetId = config.Require("clientSubnetId"),
        AllowedSecurityGroupIds = new[] { config.Require("appSecurityGroupId") },
        AuthToken = config.RequireSecret("authToken"),
        NodeType = "cache.t4g.small",
        Replicas = 1,
    });

    // The smoke test's names (smoke check --stack <this stack>), then what applications build on.
    return new Dictionary<string, object?>
    {
        ["primaryEndpoint"] = cache.PrimaryEndpoint,
        ["readerEndpoint"] = cache.ReaderEndpoint,
        ["port"] = cache.Port,
        ["transitEncryption"] = cache.TransitEncryption,
        ["authToken"] = cache.AuthToken,
        ["replicationGroupId"] = cache.ReplicationGroupId,
        ["clientInstanceId"] = cache.ClientInstanceId,
        ["connectionString"] = cache.ConnectionString,
        ["cacheSecurityGroupId"] = cache.CacheSecurityGroupId,
    };
}

Func<IDictionary<string, object?>> program = DefineCache;
return await Deployment.RunAsync(program);
