using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using static Infra.Settings.SettingKeys;

namespace Infra.Settings;

/// <summary>Reads the network area's keys: the VPC CIDR, the zones and the subnet plan carved from them.</summary>
internal static partial class NetworkSettingsReader
{
    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]+[a-z]$", RegexOptions.CultureInvariant)]
    private static partial Regex ZoneNamePattern();

    public static NetworkSettings Read(ConfigReader reader)
    {
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
        return new NetworkSettings(vpc?.ToString() ?? reader.Text(VpcCidr), zoneCount, zoneNames, subnets);
    }

    private static IPNetwork? ReadVpcCidr(ConfigReader reader)
    {
        var text = reader.Text(VpcCidr).Trim();
        if (!IPNetwork.TryParse(text, out var network) || network.BaseAddress.AddressFamily != AddressFamily.InterNetwork)
        {
            reader.Problem(VpcCidr, ConfigReader.Allowed(VpcCidr) + " (not an IPv4 CIDR block)");
            return null;
        }

        if (network.ToString() != text)
        {
            reader.Problem(VpcCidr, ConfigReader.Allowed(VpcCidr) + $" (not in canonical form: host bits are set or the prefix is padded; the block is {network})");
            return null;
        }

        if (!SubnetPlan.IsPrivate(network))
        {
            reader.Problem(VpcCidr, ConfigReader.Allowed(VpcCidr) + " (not inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16)");
            return null;
        }

        if (network.PrefixLength < SubnetPlan.LargestVpcPrefix)
        {
            reader.Problem(VpcCidr, ConfigReader.Allowed(VpcCidr) + $" (AWS allows no VPC larger than /{SubnetPlan.LargestVpcPrefix})");
            return null;
        }

        if (network.PrefixLength > SubnetPlan.SmallestVpcPrefix)
        {
            reader.Problem(
                VpcCidr,
                ConfigReader.Allowed(VpcCidr)
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
            problems.Add($"{names.Count} names given");
        }

        var malformed = names.Where(name => !ZoneNamePattern().IsMatch(name)).ToList();
        if (malformed.Count > 0)
        {
            problems.Add("not zone names: " + string.Join(", ", malformed));
        }

        var duplicates = names.GroupBy(name => name, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
        if (duplicates.Count > 0)
        {
            problems.Add("repeated: " + string.Join(", ", duplicates));
        }

        var regions = names.Except(malformed).Select(name => name[..^1]).Distinct(StringComparer.Ordinal).ToList();
        if (regions.Count > 1)
        {
            problems.Add("more than one region: " + string.Join(", ", regions));
        }

        if (problems.Count == 0)
        {
            return names;
        }

        reader.Problem(AvailabilityZoneNames, ConfigReader.Allowed(AvailabilityZoneNames) + " (" + string.Join("; ", problems) + ")");
        return [];
    }
}
