namespace Infra.Settings;

/// <summary>The VPC and its subnets: created (one cache and one client subnet per zone) or existing.</summary>
/// <param name="VpcCidr">The created VPC's IPv4 block, normalised (e.g. <c>10.0.0.0/16</c>); unused with <paramref name="ExistingVpc"/>.</param>
/// <param name="AvailabilityZoneCount">How many zones are used (2..6); with an existing VPC, the number of cache subnets.</param>
/// <param name="AvailabilityZoneNames">
/// Zone names given in config, in order; empty when the program should take the first
/// <paramref name="AvailabilityZoneCount"/> zones of the region by name.
/// </param>
/// <param name="Subnets">One entry per zone index, in zone order; empty with an existing VPC.</param>
/// <param name="ExistingVpc">The team's VPC and subnets; null when the stack creates the VPC.</param>
/// <param name="CreateSsmEndpoints">Whether the stack creates the SSM interface endpoints (only when the client exists).</param>
/// <param name="AllowedSecurityGroupIds">Application security groups admitted to the cache port.</param>
/// <param name="AllowedCidrBlocks">Private networks admitted to the cache port, normalised.</param>
/// <param name="Dns">CNAME records for the endpoints; null when no zone is given.</param>
/// <param name="FlowLogs">Flow logs of the created VPC; null when off or with an existing VPC.</param>
/// <param name="SubnetGroupName">The cache subnet group's name, derived from the VPC's identity (see <see cref="SubnetGroupNaming"/>).</param>
public sealed record NetworkSettings(
    string VpcCidr,
    int AvailabilityZoneCount,
    IReadOnlyList<string> AvailabilityZoneNames,
    IReadOnlyList<ZoneSubnets> Subnets,
    ExistingVpcSettings? ExistingVpc,
    bool CreateSsmEndpoints,
    IReadOnlyList<string> AllowedSecurityGroupIds,
    IReadOnlyList<string> AllowedCidrBlocks,
    DnsRecordSettings? Dns,
    FlowLogSettings? FlowLogs,
    string SubnetGroupName)
{
    /// <summary>Index of the zone that holds the client instance and the interface endpoints.</summary>
    public int ClientZoneIndex => 0;

    /// <summary>Whether the stack creates the VPC (and so its subnets, route table and S3 gateway endpoint).</summary>
    public bool CreatesVpc => ExistingVpc is null;
}

/// <summary>The two subnets carved for one Availability Zone.</summary>
/// <param name="ZoneIndex">0-based index into the zone list (config names or the region's zones by name).</param>
public sealed record ZoneSubnets(int ZoneIndex, string CacheSubnetCidr, string ClientSubnetCidr);

/// <summary>An existing VPC to deploy into.</summary>
/// <param name="ClientSubnetId">The client's subnet; null when the client is off.</param>
public sealed record ExistingVpcSettings(string VpcId, IReadOnlyList<string> CacheSubnetIds, string? ClientSubnetId);

/// <summary>CNAME records <c>&lt;Prefix&gt;-primary</c> and <c>&lt;Prefix&gt;-reader</c> in a private hosted zone.</summary>
public sealed record DnsRecordSettings(string ZoneId, string Prefix)
{
    public string PrimaryRecordName => $"{Prefix}-primary";

    public string ReaderRecordName => $"{Prefix}-reader";
}

/// <summary>VPC flow logs (all traffic) to a CloudWatch Logs group.</summary>
public sealed record FlowLogSettings(string LogGroupName, int RetentionDays);
