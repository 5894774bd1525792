import * as pulumi from "@pulumi/pulumi";
// The SDK `pulumi package add` generated: npm name @<repository owner>/elasticache-redis.
import * as elasticacheRedis from "@acme/elasticache-redis";

const config = new pulumi.Config();

// Input names are this repository's stack config keys (README, "Configuration reference").
const cache = new elasticacheRedis.Cache("cache", {
    vpcId: config.require("vpcId"),
    cacheSubnetIds: config.requireObject<string[]>("cacheSubnetIds"),
    clientSubnetId: config.require("clientSubnetId"),
    allowedSecurityGroupIds: [config.require("appSecurityGroupId")],
    authToken: config.requireSecret("authToken"),
    nodeType: "cache.t4g.small",
    replicas: 1,
});

// The smoke test's names (smoke check --stack <this stack>), then what applications build on.
export const primaryEndpoint = cache.primaryEndpoint;
export const readerEndpoint = cache.readerEndpoint;
export const port = cache.port;
export const transitEncryption = cache.transitEncryption;
export const authToken = cache.authToken;
export const replicationGroupId = cache.replicationGroupId;
export const clientInstanceId = cache.clientInstanceId;
export const connectionString = cache.connectionString;
export const cacheSecurityGroupId = cache.cacheSecurityGroupId;
