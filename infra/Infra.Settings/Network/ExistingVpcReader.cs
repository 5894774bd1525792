using static Infra.Settings.SettingKeys;

namespace Infra.Settings;

/// <summary>Reads vpcId, cacheSubnetIds and clientSubnetId: the team's VPC, checked offline for id formats and counts.</summary>
internal static class ExistingVpcReader
{
    /// <summary>The fewest cache subnets allowed: Multi-AZ needs nodes in 2 zones.</summary>
    public const int MinCacheSubnets = 2;

    /// <summary>
    /// How many zones the cache subnets span for the decisions that follow from it (multiAz auto).
    /// A deferred list counts as the fewest it may hold once checked: every count from 2 up makes
    /// the same decisions, and the real count is used when the list resolves.
    /// </summary>
    public static int ZoneCount(ConfigReader reader, ExistingVpcSettings existing) =>
        reader.IsDeferred(CacheSubnetIds) ? MinCacheSubnets : existing.CacheSubnetIds.Count;

    /// <summary>Null when vpcId is empty (the stack creates the VPC); then the subnet keys must be empty too.</summary>
    public static ExistingVpcSettings? Read(ConfigReader reader, bool clientEnabled)
    {
        var vpcId = reader.Text(VpcId).Trim();
        var cacheSubnets = reader.StringList(CacheSubnetIds);
        var clientSubnet = reader.Text(ClientSubnetId).Trim();
        if (vpcId.Length == 0)
        {
            if (cacheSubnets.Count > 0 || reader.IsDeferred(CacheSubnetIds))
            {
                reader.Problem(CacheSubnetIds, "empty when vpcId is not set (the stack creates the VPC and its subnets)");
            }

            if (clientSubnet.Length > 0)
            {
                reader.Problem(ClientSubnetId, "empty when vpcId is not set (the stack creates the VPC and its subnets)");
            }

            return null;
        }

        var valid = true;
        if (!reader.IsDeferred(VpcId) && !AwsIds.IsId(vpcId, AwsIds.VpcPrefix))
        {
            reader.Problem(VpcId, ConfigReader.Allowed(VpcId));
            valid = false;
        }

        valid &= reader.IsDeferred(CacheSubnetIds) || CheckCacheSubnets(reader, cacheSubnets);
        if (clientEnabled && !reader.IsDeferred(ClientSubnetId) && !AwsIds.IsId(clientSubnet, AwsIds.SubnetPrefix))
        {
            reader.Problem(ClientSubnetId, "a subnet id (subnet- followed by 8 or 17 hex digits) when vpcId is set and clientEnabled is true: the client instance needs a subnet in that VPC");
            valid = false;
        }
        else if (!clientEnabled && clientSubnet.Length > 0)
        {
            reader.Problem(ClientSubnetId, "empty when clientEnabled is false (there is no client instance)");
            valid = false;
        }

        return valid ? new ExistingVpcSettings(vpcId, cacheSubnets, clientEnabled ? clientSubnet : null) : null;
    }

    private static bool CheckCacheSubnets(ConfigReader reader, IReadOnlyList<string> subnets)
    {
        var problems = new List<string>();
        if (subnets.Count < MinCacheSubnets || subnets.Count > SubnetPlan.MaxZones)
        {
            problems.Add($"{MinCacheSubnets} to {SubnetPlan.MaxZones} subnets with vpcId ({subnets.Count} subnet(s) given)");
        }

        var malformed = subnets.Where(id => !AwsIds.IsId(id, AwsIds.SubnetPrefix)).ToList();
        if (malformed.Count > 0)
        {
            problems.Add("subnet ids, subnet- followed by 8 or 17 hex digits (not subnet ids: " + string.Join(", ", malformed) + ")");
        }

        var repeated = AllowedSourcesReader.Repeated(subnets);
        if (repeated.Count > 0)
        {
            problems.Add("distinct subnets (repeated: " + string.Join(", ", repeated) + ")");
        }

        if (problems.Count == 0)
        {
            return true;
        }

        reader.Problem(CacheSubnetIds, string.Join("; ", problems));
        return false;
    }
}
