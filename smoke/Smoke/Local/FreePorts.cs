using System.Net;
using System.Net.Sockets;

namespace Smoke.Local;

/// <summary>
/// Picks a TCP port free on every given loopback address: the OS chooses one (bind to port 0) on
/// the first address, the others are probed. Another process may still take it before the server
/// binds; the servers started on it retry with a new port when that happens.
/// </summary>
public static class FreePorts
{
    private const int Attempts = 20;

    public static int Pick(params IPAddress[] addresses)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var first = new TcpListener(addresses[0], 0);
            first.Start();
            var port = ((IPEndPoint)first.LocalEndpoint).Port;
            try
            {
                if (addresses.Skip(1).All(address => IsFree(address, port)))
                {
                    return port;
                }
            }
            finally
            {
                first.Stop();
            }
        }

        throw new InvalidOperationException($"no port free on all of {string.Join(", ", addresses.Select(a => a.ToString()))} after {Attempts} attempts");
    }

    private static bool IsFree(IPAddress address, int port)
    {
        var listener = new TcpListener(address, port);
        try
        {
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        finally
        {
            listener.Stop();
        }
    }
}
