namespace Infra.Settings;

public static partial class SettingKeys
{
    public const string VpcCidr = "vpcCidr";
    public const string AvailabilityZoneCount = "availabilityZoneCount";
    public const string AvailabilityZoneNames = "availabilityZoneNames";

    /// <summary>The network area's keys: the VPC and its zones.</summary>
    private static IReadOnlyList<SettingDefinition> NetworkDefinitions() =>
    [
        new(VpcCidr, SettingType.String,
            "IPv4 block of the VPC; one cache and one client subnet per zone are carved from it (/20 subnets from a /16).",
            "10.0.0.0/16",
            "a private (RFC 1918) IPv4 CIDR from /16 to /20 without host bits, e.g. 10.0.0.0/16",
            Replaces: "yes"),
        new(AvailabilityZoneCount, SettingType.Integer,
            "How many Availability Zones to spread subnets and cache nodes over (the region's first available ones).",
            "2",
            "an integer from 2 to 6; equal to the number of availabilityZoneNames when those are given"),
        new(AvailabilityZoneNames, SettingType.Array,
            "Explicit zone names to use instead of the region's first available ones, in order (the primary goes to the first).",
            "[]",
            "empty, or 2 to 6 distinct zone names of one region, e.g. [\"us-east-1a\", \"us-east-1b\"]"),
    ];
}
