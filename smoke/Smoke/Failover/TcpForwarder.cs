using System.Net;
using System.Net.Sockets;

namespace Smoke.Failover;

/// <summary>
/// A local endpoint whose address can move, as ElastiCache's primary endpoint does when its DNS
/// name is pointed at the promoted replica: it listens on a loopback port and forwards each new
/// connection to the current backend. Moving the backend leaves existing connections where they
/// are (a client keeps its socket to the old node, as it keeps its resolved address) until that
/// node closes them; a refused backend connection resets the client's, as an unreachable node would.
/// </summary>
internal sealed class TcpForwarder : IDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Socket> _open = [];
    private volatile IPEndPoint _backend;

    private TcpForwarder(IPEndPoint backend)
    {
        _backend = backend;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public IPEndPoint Backend
    {
        get => _backend;
        set => _backend = value;
    }

    public static TcpForwarder Start(IPEndPoint backend) => new(backend);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        lock (_open)
        {
            _open.ForEach(s => s.Dispose());
            _open.Clear();
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ForwardAsync(client, _backend);
        }
    }

    private async Task ForwardAsync(Socket client, IPEndPoint backend)
    {
        using var server = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        client.NoDelay = true;
        Track(client, server);
        try
        {
            await server.ConnectAsync(backend, _stop.Token).ConfigureAwait(false);
            using var pumps = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            // When either side ends, both do: a dead node ends its clients' connections.
            await Task.WhenAny(PumpAsync(client, server, pumps.Token), PumpAsync(server, client, pumps.Token)).ConfigureAwait(false);
            await pumps.CancelAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Backend refused or gone: the client sees a reset, below.
            client.LingerState = new LingerOption(true, 0);
        }
        finally
        {
            Untrack(client, server);
            client.Dispose();
        }
    }

    private static async Task PumpAsync(Socket from, Socket to, CancellationToken cancellation)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, cancellation).ConfigureAwait(false);
                if (read == 0)
                {
                    return;
                }

                await to.SendAsync(buffer.AsMemory(0, read), cancellation).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // One side is gone: the caller ends both.
        }
    }

    private void Track(params Socket[] sockets)
    {
        lock (_open)
        {
            _open.AddRange(sockets);
        }
    }

    private void Untrack(params Socket[] sockets)
    {
        lock (_open)
        {
            foreach (var socket in sockets)
            {
                _open.Remove(socket);
            }
        }
    }
}
