namespace Infra.Settings;

/// <summary>
/// The cache subnet group's name. An auto-named subnet group updates its subnet list in place, so a
/// new VPC would plan an in-place move of an in-use group into another VPC, which AWS refuses
/// ("subnets in a subnet group must belong to the same VPC", and a group in use cannot lose its
/// subnets) and `up` would stop with a second VPC left behind. A name derived from the VPC's identity
/// changes with the VPC: the provider's <c>name</c> is ForceNew, so the subnet group is replaced and,
/// since the replication group's <c>subnet_group_name</c> is ForceNew too, so is the replication group.
/// </summary>
public static class SubnetGroupNaming
{
    /// <summary>CreateCacheSubnetGroup: at most 255 letters, digits or hyphens (stored lowercase).</summary>
    public const int MaxLength = 255;

    /// <param name="replicationGroupId">The group's id (lowercase, at most 40 characters).</param>
    /// <param name="vpcIdentity">What identifies the VPC: <see cref="CreatedVpc"/> or <see cref="ExistingVpc"/>.</param>
    public static string For(string replicationGroupId, string vpcIdentity) =>
        $"{replicationGroupId}-{ResourceNaming.ShortHash(vpcIdentity)}";

    /// <summary>A created VPC is identified by its CIDR: a new CIDR replaces the VPC (cidr_block is ForceNew).</summary>
    public static string CreatedVpc(string cidr) => "cidr:" + cidr;

    public static string ExistingVpc(string vpcId) => "vpc:" + vpcId;
}
