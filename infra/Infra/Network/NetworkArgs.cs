using System.Collections.Immutable;
using Infra.Settings;
using Pulumi;

namespace Infra;

/// <summary>Inputs of the <see cref="Network"/> component.</summary>
/// <param name="Settings">VPC CIDR and the per-zone subnet plan.</param>
/// <param name="Security">The allowed flows between the stack's security groups.</param>
/// <param name="ClientEnabled">Whether the client instance (and so its security group and the SSM endpoints) exists.</param>
internal sealed record NetworkArgs(
    NetworkSettings Settings,
    SecurityBaseline Security,
    bool ClientEnabled,
    Output<ImmutableArray<string>> ZoneNames,
    Output<string> Region,
    IReadOnlyDictionary<string, string> Tags);
