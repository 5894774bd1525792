using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Infra.Settings;

/// <summary>
/// Carves the VPC into subnets. The VPC is split into <see cref="Slots"/> equal slots whatever the
/// zone count: zone i gets slot i for its cache subnet and slot <see cref="MaxZones"/> + i for its
/// client subnet. Because the slot size does not depend on the zone count, adding a zone later adds
/// subnets without moving (and so replacing) the existing ones. A /16 VPC gives /20 subnets.
/// </summary>
public static class SubnetPlan
{
    public const int MaxZones = 6;

    /// <summary>16 slots hold a cache and a client subnet for up to 6 zones, with 4 left for later use.</summary>
    public const int Slots = 16;

    /// <summary>Prefix bits the slots add to the VPC's prefix (2^4 = 16).</summary>
    public const int SlotBits = 4;

    /// <summary>AWS allows VPCs from /16 to /28; we need /24 subnets at least, so the VPC is /20 at most.</summary>
    public const int LargestVpcPrefix = 16;

    /// <summary>
    /// Smallest subnet we carve: a /24 has 251 usable addresses, room for every node of the
    /// replication group plus replacements during scaling and failover in the cache subnet, and
    /// for the instance and three interface endpoints in the client subnet, with headroom.
    /// </summary>
    public const int SmallestSubnetPrefix = 24;

    public const int SmallestVpcPrefix = SmallestSubnetPrefix - SlotBits;

    /// <summary>Whether the block lies inside one of the RFC 1918 private ranges.</summary>
    public static bool IsPrivate(IPNetwork network) => PrivateNetworks.Within(network, PrivateNetworks.Rfc1918);

    /// <summary>The cache and client subnets of each zone, in zone order.</summary>
    public static IReadOnlyList<ZoneSubnets> Carve(IPNetwork vpc, int zoneCount)
    {
        if (vpc.BaseAddress.AddressFamily != AddressFamily.InterNetwork
            || vpc.PrefixLength is < LargestVpcPrefix or > SmallestVpcPrefix)
        {
            throw new ArgumentOutOfRangeException(nameof(vpc), vpc, $"The VPC must be an IPv4 block from /{LargestVpcPrefix} to /{SmallestVpcPrefix}.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(zoneCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(zoneCount, MaxZones);

        return Enumerable.Range(0, zoneCount)
            .Select(zone => new ZoneSubnets(zone, Slot(vpc, zone).ToString(), Slot(vpc, MaxZones + zone).ToString()))
            .ToList();
    }

    /// <summary>The slot-th of the 16 equal blocks of the VPC.</summary>
    private static IPNetwork Slot(IPNetwork vpc, int slot)
    {
        var prefix = vpc.PrefixLength + SlotBits;
        Span<byte> bytes = stackalloc byte[4];
        vpc.BaseAddress.TryWriteBytes(bytes, out _);
        var slotSize = 1u << (32 - prefix);
        BinaryPrimitives.WriteUInt32BigEndian(bytes, BinaryPrimitives.ReadUInt32BigEndian(bytes) + ((uint)slot * slotSize));
        return new IPNetwork(new IPAddress(bytes), prefix);
    }
}
