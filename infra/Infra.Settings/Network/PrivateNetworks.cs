using System.Net;
using System.Net.Sockets;

namespace Infra.Settings;

/// <summary>The IPv4 ranges that never route on the internet, and the one containment test over them.</summary>
internal static class PrivateNetworks
{
    /// <summary>RFC 1918 private ranges: where a VPC the stack creates may live.</summary>
    public static IReadOnlyList<IPNetwork> Rfc1918 { get; } =
    [
        IPNetwork.Parse("10.0.0.0/8"),
        IPNetwork.Parse("172.16.0.0/12"),
        IPNetwork.Parse("192.168.0.0/16"),
    ];

    /// <summary>RFC 1918 and the RFC 6598 shared address space (100.64.0.0/10, e.g. EKS custom networking): what allowedCidrBlocks may admit.</summary>
    public static IReadOnlyList<IPNetwork> Rfc1918AndSharedAddressSpace { get; } = [.. Rfc1918, IPNetwork.Parse("100.64.0.0/10")];

    /// <summary>The ranges as messages name them: <c>10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16</c>.</summary>
    public static string Describe(IReadOnlyList<IPNetwork> ranges) =>
        string.Join(", ", ranges.Take(ranges.Count - 1)) + " or " + ranges[^1];

    /// <summary>Whether the IPv4 block lies wholly inside one of <paramref name="ranges"/>.</summary>
    public static bool Within(IPNetwork network, IReadOnlyList<IPNetwork> ranges) =>
        network.BaseAddress.AddressFamily == AddressFamily.InterNetwork
        && ranges.Any(range => range.PrefixLength <= network.PrefixLength && range.Contains(network.BaseAddress));
}
