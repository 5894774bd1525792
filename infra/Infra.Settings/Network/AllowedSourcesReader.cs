using System.Net;
using System.Net.Sockets;
using static Infra.Settings.SettingKeys;

namespace Infra.Settings;

/// <summary>Reads allowedSecurityGroupIds and allowedCidrBlocks: who besides the client may open the cache port.</summary>
internal static class AllowedSourcesReader
{
    /// <summary>The widest block admitted: a /8 is already a whole private range.</summary>
    public const int WidestPrefix = 8;

    public static IReadOnlyList<string> SecurityGroupIds(ConfigReader reader)
    {
        var ids = reader.StringList(AllowedSecurityGroupIds);
        var malformed = ids.Where(id => !AwsIds.IsId(id, AwsIds.SecurityGroupPrefix)).ToList();
        var repeated = Repeated(ids);
        var problems = new List<string>();
        if (malformed.Count > 0)
        {
            problems.Add("security group ids, sg- followed by 8 or 17 hex digits (not security group ids: " + string.Join(", ", malformed) + ")");
        }

        if (repeated.Count > 0)
        {
            problems.Add("distinct groups (repeated: " + string.Join(", ", repeated) + ")");
        }

        return Report(reader, AllowedSecurityGroupIds, problems) ? ids : [];
    }

    public static IReadOnlyList<string> CidrBlocks(ConfigReader reader)
    {
        var blocks = reader.StringList(AllowedCidrBlocks);
        var problems = new List<string>();
        foreach (var block in blocks)
        {
            if (!IPNetwork.TryParse(block, out var network) || network.BaseAddress.AddressFamily != AddressFamily.InterNetwork)
            {
                problems.Add($"IPv4 CIDR blocks ({block} is not an IPv4 CIDR block)");
            }
            else if (network.ToString() != block)
            {
                problems.Add($"blocks in canonical form ({block} has host bits set or a padded prefix; the block is {network})");
            }
            else if (network.PrefixLength < WidestPrefix)
            {
                problems.Add($"/{WidestPrefix} or narrower ({block} is wider than /{WidestPrefix})");
            }
            else if (!PrivateNetworks.Within(network, PrivateNetworks.Rfc1918AndSharedAddressSpace))
            {
                problems.Add($"private networks inside {PrivateNetworks.Describe(PrivateNetworks.Rfc1918AndSharedAddressSpace)} ({block} is not a private network)");
            }
        }

        var repeated = Repeated(blocks);
        if (repeated.Count > 0)
        {
            problems.Add("distinct blocks (repeated: " + string.Join(", ", repeated) + ")");
        }

        return Report(reader, AllowedCidrBlocks, problems) ? blocks : [];
    }

    /// <summary>The values that occur more than once, each named once.</summary>
    internal static List<string> Repeated(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

    private static bool Report(ConfigReader reader, string key, List<string> problems)
    {
        if (problems.Count == 0)
        {
            return true;
        }

        reader.Problem(key, string.Join("; ", problems));
        return false;
    }
}
