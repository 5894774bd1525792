using Infra.Settings;
using Pulumi;

namespace ElastiCacheRedis;

/// <summary>Inputs of the <see cref="ClientCompute"/> component.</summary>
/// <param name="SubnetId">The client subnet of the client zone.</param>
/// <param name="SecurityGroupId">The client's security group (its rules come from the network's flows).</param>
/// <param name="Partition">The AWS partition, for the managed policy's ARN.</param>
/// <param name="Network">
/// The instance waits for the whole network (endpoints and security-group rules), so that at first
/// boot it can reach S3 for packages and the SSM endpoints.
/// </param>
internal sealed record ClientComputeArgs(
    ClientSettings Settings,
    Output<string> SubnetId,
    Output<string> SecurityGroupId,
    Output<string> Partition,
    Resource Network,
    IReadOnlyDictionary<string, string> Tags);
