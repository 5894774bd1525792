using System.Collections.Immutable;
using Infra.Settings;
using Pulumi;

namespace ElastiCacheRedis;

/// <summary>Inputs of the <see cref="CacheReplicationGroup"/> component.</summary>
/// <param name="AuthToken">The AUTH token as a secret output; null when AUTH is off.</param>
/// <param name="UserGroupId">The RBAC user group to attach (authMode rbac); null otherwise.</param>
/// <param name="SecurityGroupId">The cache's security group (its rules come from the network's flows).</param>
/// <param name="NotificationTopicArn">SNS topic for ElastiCache events (failover, replacement, scaling, snapshots); null sends none.</param>
/// <param name="Restore">Snapshot or RDB files the group is created from; null starts empty.</param>
/// <param name="Monitoring">Engine-log delivery comes from here; null delivers none.</param>
/// <param name="SubnetGroupName">The subnet group's name, derived from the VPC (NetworkSettings.SubnetGroupName), so a new VPC replaces the group.</param>
internal sealed record CacheReplicationGroupArgs(
    CacheSettings Settings,
    ResourceNames Names,
    Output<ImmutableArray<string>> ZoneNames,
    Output<ImmutableArray<string>> SubnetIds,
    Output<string> SecurityGroupId,
    Output<string>? AuthToken,
    IReadOnlyDictionary<string, string> Tags,
    AccessSettings Access,
    Output<string>? UserGroupId,
    Output<string>? NotificationTopicArn = null,
    RestoreSettings? Restore = null,
    MonitoringSettings? Monitoring = null,
    string? SubnetGroupName = null);
