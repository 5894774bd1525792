using System.Collections.Immutable;
using Infra.Settings;
using Pulumi;

namespace Infra;

/// <summary>Inputs of the <see cref="CacheReplicationGroup"/> component.</summary>
/// <param name="AuthToken">The AUTH token as a secret output; null when AUTH is off.</param>
/// <param name="SecurityGroupId">The cache's security group (its rules come from the network's flows).</param>
/// <param name="SubnetGroupName">The subnet group's name, derived from the VPC (NetworkSettings.SubnetGroupName), so a new VPC replaces the group.</param>
internal sealed record CacheArgs(
    CacheSettings Settings,
    ResourceNames Names,
    Output<ImmutableArray<string>> ZoneNames,
    Output<ImmutableArray<string>> SubnetIds,
    Output<string> SecurityGroupId,
    Output<string>? AuthToken,
    IReadOnlyDictionary<string, string> Tags,
    string? SubnetGroupName = null);
