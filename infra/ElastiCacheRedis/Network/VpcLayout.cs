using System.Collections.Immutable;
using Pulumi;

namespace ElastiCacheRedis;

/// <summary>What the rest of the network (and the cache) needs from a VPC, created or existing.</summary>
/// <param name="CacheSubnetIds">The cache subnet group's subnets; with an existing VPC, known only once they have been checked.</param>
/// <param name="ZoneNames">Zone names by zone index (the created VPC's plan, or the existing cache subnets' zones, each distinct zone first: ZonePlacement).</param>
/// <param name="ClientSubnetId">The client instance's subnet (and the SSM endpoints'); null without the client in an existing VPC.</param>
/// <param name="PrivateRouteTableId">The created VPC's route table (for peering routes); null with an existing VPC.</param>
/// <param name="S3PrefixListId">The S3 gateway endpoint's prefix list; null with an existing VPC.</param>
internal sealed record VpcLayout(
    Output<string> VpcId,
    Output<string> VpcCidrBlock,
    Output<ImmutableArray<string>> CacheSubnetIds,
    Output<ImmutableArray<string>> ZoneNames,
    Output<string>? ClientSubnetId,
    Output<string>? PrivateRouteTableId,
    Output<string>? S3PrefixListId);
