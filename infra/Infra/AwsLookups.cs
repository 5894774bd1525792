using System.Collections.Immutable;
using Infra.Settings;
using Pulumi;
using Aws = Pulumi.Aws;

namespace Infra;

/// <summary>What the program asks AWS about the region it deploys into.</summary>
/// <param name="ZoneNames">Availability Zone names by zone index (config names, or the region's available zones in order).</param>
/// <param name="Region">The provider's region, e.g. <c>eu-west-1</c>.</param>
/// <param name="Partition">The AWS partition, e.g. <c>aws</c>, for ARNs of AWS managed policies.</param>
internal sealed record AwsLookups(Output<ImmutableArray<string>> ZoneNames, Output<string> Region, Output<string> Partition)
{
    public static AwsLookups For(NetworkSettings network)
    {
        var zoneNames = network.AvailabilityZoneNames.Count > 0
            ? Output.Create(network.AvailabilityZoneNames.ToImmutableArray())
            : Aws.GetAvailabilityZones.Invoke(new Aws.GetAvailabilityZonesInvokeArgs { State = "available" })
                .Apply(zones => zones.Names);
        var region = Aws.GetRegion.Invoke().Apply(current => current.Region);
        var partition = Aws.GetPartition.Invoke().Apply(current => current.Partition);
        return new AwsLookups(zoneNames, region, partition);
    }

    /// <summary>The zone name at a zone index of the settings' plan, or a clear error when the region has too few zones.</summary>
    public static string ZoneAt(ImmutableArray<string> zoneNames, int zoneIndex) =>
        zoneIndex < zoneNames.Length
            ? zoneNames[zoneIndex]
            : throw new InvalidOperationException(
                $"The subnet plan needs Availability Zone index {zoneIndex}, but only {zoneNames.Length} zone(s) are available "
                + $"({string.Join(", ", zoneNames)}); lower availabilityZoneCount or list availabilityZoneNames.");
}
