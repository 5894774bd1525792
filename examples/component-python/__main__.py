"""The Cache component from Python, in an existing VPC admitting one application security group."""

import pulumi

# The SDK `pulumi package add` generated: module <repository owner>_elasticache_redis.
import acme_elasticache_redis as elasticache_redis

config = pulumi.Config()

# Input names are this repository's stack config keys in snake_case (vpcId -> vpc_id).
cache = elasticache_redis.Cache(
    "cache",
    vpc_id=config.require("vpcId"),
    cache_subnet_ids=config.require_object("cacheSubnetIds"),
    client_subnet_id=config.require("clientSubnetId"),
    allowed_security_group_ids=[config.require("appSecurityGroupId")],
    auth_token=config.require_secret("authToken"),
    node_type="cache.t4g.small",
    replicas=1,
)

# The smoke test's names (smoke check --stack <this stack>), then what applications build on.
pulumi.export("primaryEndpoint", cache.primary_endpoint)
pulumi.export("readerEndpoint", cache.reader_endpoint)
pulumi.export("port", cache.port)
pulumi.export("transitEncryption", cache.transit_encryption)
pulumi.export("authToken", cache.auth_token)
pulumi.export("replicationGroupId", cache.replication_group_id)
pulumi.export("clientInstanceId", cache.client_instance_id)
pulumi.export("connectionString", cache.connection_string)
pulumi.export("cacheSecurityGroupId", cache.cache_security_group_id)
