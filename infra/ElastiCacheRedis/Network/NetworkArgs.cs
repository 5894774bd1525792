using System.Collections.Immutable;
using Infra.Settings;
using Pulumi;

namespace ElastiCacheRedis;

/// <summary>Inputs of the <see cref="Network"/> component.</summary>
/// <param name="Settings">The VPC (created, with its subnet plan, or existing), endpoints, flow logs.</param>
/// <param name="Security">The allowed flows between the stack's security groups and the admitted outside sources.</param>
/// <param name="ClientEnabled">Whether the client instance (and so its security group and the SSM endpoints) exists.</param>
/// <param name="ZoneNames">The created VPC's zones by index (unused with an existing VPC).</param>
internal sealed record NetworkArgs(
    NetworkSettings Settings,
    SecurityBaseline Security,
    bool ClientEnabled,
    Output<ImmutableArray<string>> ZoneNames,
    Output<string> Region,
    IReadOnlyDictionary<string, string> Tags,
    Output<string> Partition);
