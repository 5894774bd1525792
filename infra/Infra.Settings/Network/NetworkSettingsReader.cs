using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using static Infra.Settings.SettingKeys;

namespace Infra.Settings;

/// <summary>
/// Reads the network area's keys: the VPC (created, with its CIDR, zones and subnet plan; or existing),
/// the SSM endpoints, the allowed sources, the DNS records and the flow logs.
/// </summary>
internal static partial class NetworkSettingsReader
{
    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]+[a-z]$", RegexOptions.CultureInvariant)]
    private static partial Regex ZoneNamePattern();

    public static NetworkSettings Read(ConfigReader reader, ResourceNames names, string stack, bool clientEnabled)
    {
        var createsVpc = reader.Text(VpcId).Trim().Length == 0;
        var existing = ExistingVpcReader.Read(reader, clientEnabled);
        var createSsmEndpoints = ReadSsmEndpoints(reader, createsVpc, clientEnabled);
        var allowedGroups = AllowedSourcesReader.SecurityGroupIds(reader);
        var allowedCidrs = AllowedSourcesReader.CidrBlocks(reader);
        var dns = DnsRecordsReader.Read(reader, stack);
        var flowLogs = ReadFlowLogs(reader, names, createsVpc);
        if (existing is not null)
        {
            return new NetworkSettings(
                reader.Text(VpcCidr), ExistingVpcReader.ZoneCount(reader, existing), [], [], existing, createSsmEndpoints,
                allowedGroups, allowedCidrs, dns, null,
                SubnetGroupNaming.For(names.ReplicationGroupId, SubnetGroupNaming.ExistingVpc(existing.VpcId)));
        }

        var vpc = ReadVpcCidr(reader);
        var zoneNames = ReadZoneNames(reader);
        var zoneCount = reader.Integer(AvailabilityZoneCount, 2, SubnetPlan.MaxZones);
        if (zoneNames.Count > 0 && zoneNames.Count != zoneCount)
        {
            if (reader.IsSet(AvailabilityZoneCount))
            {
                reader.Problem(
                    AvailabilityZoneCount,
                    $"{zoneNames.Count}, the number of availabilityZoneNames given (under Pulumi its default 2 counts as given: set both)");
            }

            zoneCount = zoneNames.Count;
        }

        var subnets = vpc is { } network && zoneCount is >= 1 and <= SubnetPlan.MaxZones
            ? SubnetPlan.Carve(network, zoneCount)
            : [];
        var cidr = vpc?.ToString() ?? reader.Text(VpcCidr);
        return new NetworkSettings(
            cidr, zoneCount, zoneNames, subnets, null, createSsmEndpoints, allowedGroups, allowedCidrs, dns, flowLogs,
            SubnetGroupNaming.For(names.ReplicationGroupId, SubnetGroupNaming.CreatedVpc(cidr)));
    }

    /// <summary>
    /// A protected stack must name its zones. Without names the program takes the region's first
    /// zones by name; if that list changes (a zone added to the account, or one taken away), zone i
    /// of the plan moves, its subnets are replaced with the same CIDRs, and AWS refuses the new
    /// subnet while the old one holds the block (CreateSubnet: InvalidSubnet.Conflict), so `up` fails
    /// on the very stack that must not break.
    /// </summary>
    public static void RequireNamedZonesWhenProtected(ConfigReader reader, NetworkSettings network, bool protect)
    {
        if (!protect || !network.CreatesVpc || network.AvailabilityZoneNames.Count > 0)
        {
            return;
        }

        reader.Problem(
            AvailabilityZoneNames,
            $"{network.AvailabilityZoneCount} zone names when protect is true, so the zones of a protected stack never shift "
                + "(a shifted zone replaces its subnets with the same CIDRs, which AWS refuses); set them with "
                + "`pulumi config set --path 'availabilityZoneNames[0]' <region>a` and "
                + "`pulumi config set --path 'availabilityZoneNames[1]' <region>b` (one line per zone, the zones the stack already uses)");
    }

    private static bool ReadSsmEndpoints(ConfigReader reader, bool createsVpc, bool clientEnabled)
    {
        var text = reader.Text(SsmEndpoints).Trim().ToLowerInvariant();
        bool? create = text switch
        {
            "auto" => createsVpc,
            "true" => true,
            "false" => false,
            _ => null,
        };
        if (create is null)
        {
            reader.Problem(SsmEndpoints, ConfigReader.Allowed(SsmEndpoints));
            return createsVpc;
        }

        if (!create.Value && createsVpc && clientEnabled)
        {
            reader.Problem(
                SsmEndpoints,
                "true or auto when the stack creates the VPC and clientEnabled is true: that VPC has no internet or NAT gateway, "
                    + "so the client's SSM agent reaches Systems Manager only through the ssm, ssmmessages and ec2messages endpoints");
        }

        return create.Value && clientEnabled;
    }

    private static FlowLogSettings? ReadFlowLogs(ConfigReader reader, ResourceNames names, bool createsVpc)
    {
        var enabled = reader.Boolean(FlowLogs);
        var days = reader.Integer(FlowLogRetentionDays, LogRetention.AllowedDays[0], LogRetention.AllowedDays[^1]);
        if (!LogRetention.AllowedDays.Contains(days))
        {
            reader.Problem(FlowLogRetentionDays, ConfigReader.Allowed(FlowLogRetentionDays));
        }

        return enabled && createsVpc ? new FlowLogSettings($"/aws/vpc-flow-logs/{names.Prefix}", days) : null;
    }

    private static IPNetwork? ReadVpcCidr(ConfigReader reader)
    {
        var text = reader.Text(VpcCidr).Trim();
        if (!IPNetwork.TryParse(text, out var network) || network.BaseAddress.AddressFamily != AddressFamily.InterNetwork)
        {
            reader.Problem(VpcCidr, "an IPv4 CIDR block such as 10.0.0.0/16 (not an IPv4 CIDR block)");
            return null;
        }

        if (network.ToString() != text)
        {
            reader.Problem(VpcCidr, $"the block in canonical form, {network} (host bits are set or the prefix is padded; the block is {network})");
            return null;
        }

        if (!SubnetPlan.IsPrivate(network))
        {
            reader.Problem(VpcCidr, $"a private (RFC 1918) block (not inside {PrivateNetworks.Describe(PrivateNetworks.Rfc1918)})");
            return null;
        }

        if (network.PrefixLength < SubnetPlan.LargestVpcPrefix)
        {
            reader.Problem(VpcCidr, $"/{SubnetPlan.LargestVpcPrefix} or narrower (AWS allows no VPC larger than /{SubnetPlan.LargestVpcPrefix})");
            return null;
        }

        if (network.PrefixLength > SubnetPlan.SmallestVpcPrefix)
        {
            reader.Problem(
                VpcCidr,
                $"/{SubnetPlan.SmallestVpcPrefix} or wider"
                    + $" (too small: the plan carves {SubnetPlan.Slots} equal subnets, a cache and a client subnet for up to {SubnetPlan.MaxZones} zones,"
                    + $" each at least /{SubnetPlan.SmallestSubnetPrefix})");
            return null;
        }

        return network;
    }

    private static IReadOnlyList<string> ReadZoneNames(ConfigReader reader)
    {
        var names = reader.StringList(AvailabilityZoneNames);
        if (names.Count == 0)
        {
            return [];
        }

        var problems = new List<string>();
        if (names.Count is < 2 or > SubnetPlan.MaxZones)
        {
            problems.Add($"2 to {SubnetPlan.MaxZones} names ({names.Count} names given)");
        }

        var malformed = names.Where(name => !ZoneNamePattern().IsMatch(name)).ToList();
        if (malformed.Count > 0)
        {
            problems.Add("zone names like us-east-1a (not zone names: " + string.Join(", ", malformed) + ")");
        }

        var duplicates = AllowedSourcesReader.Repeated(names);
        if (duplicates.Count > 0)
        {
            problems.Add("distinct zones (repeated: " + string.Join(", ", duplicates) + ")");
        }

        var regions = names.Except(malformed).Select(name => name[..^1]).Distinct(StringComparer.Ordinal).ToList();
        if (regions.Count > 1)
        {
            problems.Add("zones of one region (more than one region: " + string.Join(", ", regions) + ")");
        }

        if (problems.Count == 0)
        {
            return names;
        }

        reader.Problem(AvailabilityZoneNames, string.Join("; ", problems));
        return [];
    }
}
