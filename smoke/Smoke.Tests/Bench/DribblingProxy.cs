using System.Net;
using System.Net.Sockets;
using Smoke.Tests.Infrastructure;

namespace Smoke.Tests.Bench;

/// <summary>
/// A TCP proxy on 127.0.0.2 in front of a server that passes the client's bytes on as they come
/// and the server's in small pieces (1 to 13 bytes, each its own send with Nagle off), so TLS
/// records and their 5-byte headers reach the probe split over many receives. Threads of its own
/// with blocking calls: the probe runs in the test process, and its blocking connects would
/// otherwise starve the thread pool this proxy needs to answer them.
/// </summary>
internal sealed class DribblingProxy : IDisposable
{
    private readonly Socket listener = new(SocketType.Stream, ProtocolType.Tcp);
    private readonly IPEndPoint server;
    private readonly List<Socket> sockets = [];

    public DribblingProxy(IPEndPoint server)
    {
        this.server = server;
        listener.Bind(new IPEndPoint(IPAddress.Parse(RedisPair.PrimaryAddress), 0));
        listener.Listen();
        Start(Accept);
    }

    public string Address => $"{RedisPair.PrimaryAddress}:{((IPEndPoint)listener.LocalEndPoint!).Port}";

    public void Dispose()
    {
        listener.Dispose();
        lock (sockets)
        {
            sockets.ForEach(s => s.Dispose());
        }
    }

    private static void Start(Action run) => new Thread(() => run()) { IsBackground = true, Name = "dribbling proxy" }.Start();

    private void Accept()
    {
        try
        {
            while (true)
            {
                var client = listener.Accept();
                var upstream = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                upstream.Connect(server);
                client.NoDelay = true;
                lock (sockets)
                {
                    sockets.Add(client);
                    sockets.Add(upstream);
                }

                Start(() => Pump(client, upstream, maxPiece: 64 * 1024));
                Start(() => Pump(upstream, client, maxPiece: 13));
            }
        }
        catch (Exception error) when (error is ObjectDisposedException or SocketException)
        {
            // The test is over.
        }
    }

    private static void Pump(Socket from, Socket to, int maxPiece)
    {
        var buffer = new byte[64 * 1024];
        var piece = 1;
        try
        {
            while (from.Receive(buffer) is var read and > 0)
            {
                for (var sent = 0; sent < read;)
                {
                    piece = (piece % maxPiece) + 1;
                    sent += to.Send(buffer, sent, Math.Min(piece, read - sent), SocketFlags.None);
                }
            }
        }
        catch (Exception error) when (error is ObjectDisposedException or SocketException)
        {
            // One side went away or the test is over.
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }
}
