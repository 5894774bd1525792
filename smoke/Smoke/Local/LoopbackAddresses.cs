using System.Net;
using System.Net.Sockets;

namespace Smoke.Local;

/// <summary>
/// Whether the pair's two loopback addresses can be used. Linux routes all of 127.0.0.0/8 to the
/// loopback interface; macOS configures 127.0.0.1 alone on lo0, so binding 127.0.0.2 fails there
/// (EADDRNOTAVAIL) until an alias is added. The pair keeps ElastiCache's shape (two hosts, one
/// port) rather than falling back to two ports on one host, so the user is told the one command.
/// </summary>
public static class LoopbackAddresses
{
    /// <summary>The message for the addresses that cannot be bound, or null when all can.</summary>
    public static string? Problem(IEnumerable<IPAddress> needed, Func<IPAddress, bool> canBind)
    {
        ArgumentNullException.ThrowIfNull(canBind);
        var missing = needed.Where(a => !canBind(a)).ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        var names = string.Join(" and ", missing.Select(a => a.ToString()));
        return $"smoke local: cannot bind {names}: the loopback interface does not have {(missing.Count == 1 ? "this address" : "these addresses")} "
            + $"(macOS configures 127.0.0.1 alone). Add {(missing.Count == 1 ? "it" : "them")} (until the next reboot) with: {HowToAdd(missing)}";
    }

    /// <summary>Binds a socket to the address (port 0, closed at once): false when the address is not configured here.</summary>
    public static bool CanBind(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(new IPEndPoint(address, 0));
            return true;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressNotAvailable)
        {
            return false;
        }
    }

    private static string HowToAdd(IEnumerable<IPAddress> missing) =>
        string.Join(" && ", missing.Select(a => OperatingSystem.IsLinux() ? $"sudo ip addr add {a}/8 dev lo" : $"sudo ifconfig lo0 alias {a} up"));
}
