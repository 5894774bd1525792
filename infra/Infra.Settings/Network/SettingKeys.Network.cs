namespace Infra.Settings;

public static partial class SettingKeys
{
    public const string VpcCidr = "vpcCidr";
    public const string AvailabilityZoneCount = "availabilityZoneCount";
    public const string AvailabilityZoneNames = "availabilityZoneNames";
    public const string VpcId = "vpcId";
    public const string CacheSubnetIds = "cacheSubnetIds";
    public const string ClientSubnetId = "clientSubnetId";
    public const string SsmEndpoints = "ssmEndpoints";
    public const string AllowedSecurityGroupIds = "allowedSecurityGroupIds";
    public const string AllowedCidrBlocks = "allowedCidrBlocks";
    public const string PrivateDnsZoneId = "privateDnsZoneId";
    public const string DnsRecordPrefix = "dnsRecordPrefix";
    public const string FlowLogs = "flowLogs";
    public const string FlowLogRetentionDays = "flowLogRetentionDays";

    /// <summary>The network area's keys: the VPC (created or existing), its zones, who may connect, DNS names.</summary>
    private static IReadOnlyList<SettingDefinition> NetworkDefinitions() =>
    [
        new(VpcCidr, SettingType.String,
            "IPv4 block of the VPC; one cache and one client subnet per zone are carved from it (/20 subnets from a /16).",
            "10.0.0.0/16",
            "a private (RFC 1918) IPv4 CIDR from /16 to /20 without host bits, e.g. 10.0.0.0/16",
            Replaces: "yes"),
        new(AvailabilityZoneCount, SettingType.Integer,
            "How many Availability Zones to spread subnets and cache nodes over (the region's first zones by name; no Local or Wavelength Zones).",
            "2",
            "an integer from 2 to 6; equal to the number of availabilityZoneNames when those are given"),
        new(AvailabilityZoneNames, SettingType.Array,
            "Explicit zone names to use instead of the region's first zones by name, in order (the primary goes to the first).",
            "[]",
            "empty, or 2 to 6 distinct zone names of one region, e.g. [\"us-east-1a\", \"us-east-1b\"]; required when protect is true (with a created VPC)",
            Replaces: "no, but a changed zone fails the run (see below)"),
        new(VpcId, SettingType.String,
            "An existing VPC to deploy into instead of creating one (then no VPC, subnets, route table or gateway endpoint are created).",
            "",
            "empty (create the VPC), or a VPC id: vpc- followed by 8 or 17 hex digits",
            Replaces: "yes",
            Deferrable: true),
        new(CacheSubnetIds, SettingType.Array,
            "With vpcId: the subnets of the cache's subnet group; preferred cache-cluster zones come from their zones.",
            "[]",
            "with vpcId: 2 to 6 distinct subnet ids (subnet- followed by 8 or 17 hex digits) of that VPC in at least 2 zones; empty otherwise",
            Deferrable: true),
        new(ClientSubnetId, SettingType.String,
            "With vpcId and clientEnabled: the subnet of the client instance (and of the SSM endpoints when they are created).",
            "",
            "with vpcId and clientEnabled: a subnet id (subnet- followed by 8 or 17 hex digits); empty otherwise",
            Deferrable: true),
        new(SsmEndpoints, SettingType.String,
            "Create the SSM interface endpoints (ssm, ssmmessages, ec2messages) for the client; auto = only in a VPC the stack creates.",
            "auto",
            "auto, true or false; false with a created VPC and clientEnabled leaves the client no way to reach SSM"),
        new(AllowedSecurityGroupIds, SettingType.Array,
            "Application security groups admitted to the cache port (one ingress rule each).",
            "[]",
            "a list of distinct security group ids (sg- followed by 8 or 17 hex digits)",
            Deferrable: true),
        new(AllowedCidrBlocks, SettingType.Array,
            "Private IPv4 networks admitted to the cache port (one ingress rule each), e.g. a peered VPC.",
            "[]",
            $"a list of distinct IPv4 CIDR blocks without host bits, inside {PrivateNetworks.Describe(PrivateNetworks.Rfc1918AndSharedAddressSpace)}, /8 or narrower",
            Deferrable: true),
        new(PrivateDnsZoneId, SettingType.String,
            "A Route 53 private hosted zone for CNAME records <dnsRecordPrefix>-primary and -reader pointing at the endpoints.",
            "",
            "empty (no records), or a hosted zone id: Z followed by 1 to 31 uppercase letters or digits",
            Deferrable: true),
        new(DnsRecordPrefix, SettingType.String,
            "First label of the CNAME records (empty = the stack name).",
            "",
            "empty, or 1 to 55 lowercase letters, digits and hyphens, starting with a letter, not ending with a hyphen"),
        new(FlowLogs, SettingType.Boolean,
            "VPC flow logs (all traffic) of a created VPC to a CloudWatch Logs group (AWS FSBP EC2.6).",
            "true",
            "true or false"),
        new(FlowLogRetentionDays, SettingType.Integer,
            "Retention of the flow-log group, in days.",
            "14",
            "one of CloudWatch Logs' retention values: " + string.Join(", ", LogRetention.AllowedDays)),
    ];
}
