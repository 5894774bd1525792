using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using Smoke.Connection;

namespace Smoke.Checks;

/// <summary>
/// The layer checks of one endpoint on one raw connection: DNS, then TCP, then TLS, then AUTH,
/// then PING, each building on the one before. A failure is a <see cref="CheckFailedException"/>
/// naming what was seen and the next step.
/// </summary>
public sealed class EndpointProbe(EndpointTarget endpoint, SmokeTarget target) : IAsyncDisposable
{
    private IPAddress[] _addresses = [];
    private Socket? _socket;
    private Stream? _stream;

    public async Task<string> ResolveAsync(CancellationToken cancellation)
    {
        var host = endpoint.Address.Host;
        if (IPAddress.TryParse(host, out var literal))
        {
            _addresses = [literal];
            return "an IP address, no lookup needed";
        }

        try
        {
            _addresses = await Dns.GetHostAddressesAsync(host, cancellation).ConfigureAwait(false);
        }
        catch (SocketException e)
        {
            throw new CheckFailedException($"'{host}' does not resolve: {e.Message}", Hints.DnsFailed);
        }

        if (_addresses.Length == 0)
        {
            throw new CheckFailedException($"'{host}' resolves to no address", Hints.DnsFailed);
        }

        return string.Join(", ", _addresses.Select(a => a.ToString()));
    }

    public async Task<string> ConnectAsync(CancellationToken cancellation)
    {
        var refused = new List<string>();
        foreach (var address in _addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endpoint.Address.Port), cancellation).ConfigureAwait(false);
                _socket = socket;
                _stream = new NetworkStream(socket, ownsSocket: true);
                return $"connected to {address}:{endpoint.Address.Port}";
            }
            catch (SocketException e)
            {
                socket.Dispose();
                refused.Add($"{address}: {e.SocketErrorCode}");
                if (e.SocketErrorCode is not SocketError.ConnectionRefused)
                {
                    throw new CheckFailedException(
                        $"port {endpoint.Address.Port} unreachable ({string.Join("; ", refused)})", Hints.TcpUnreachable);
                }
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw new CheckFailedException(
            $"connection refused on port {endpoint.Address.Port} ({string.Join("; ", refused)})", Hints.TcpRefused);
    }

    public async Task<string> HandshakeTlsAsync(CancellationToken cancellation)
    {
        string? rejection = null;
        var policyErrors = SslPolicyErrors.None;
        var ssl = new SslStream(Stream, leaveInnerStreamOpen: false);
        var options = new SslClientAuthenticationOptions
        {
            TargetHost = endpoint.ServerName,
            RemoteCertificateValidationCallback = target.Trust.CreateCallback((reason, errors) => (rejection, policyErrors) = (reason, errors)),
        };
        try
        {
            await ssl.AuthenticateAsClientAsync(options, cancellation).ConfigureAwait(false);
        }
        catch (Exception e) when (e is AuthenticationException or IOException)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            _stream = null;
            if (rejection is not null)
            {
                var hint = policyErrors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch) ? Hints.TlsNameMismatch : Hints.TlsUntrusted;
                throw new CheckFailedException($"certificate rejected for '{endpoint.ServerName}': {rejection}", hint);
            }

            var inner = e.InnerException is null ? "" : $" ({e.InnerException.Message})";
            throw new CheckFailedException($"TLS handshake failed: {e.Message}{inner}", Hints.TlsMismatch);
        }

        _stream = ssl;
        var certificate = ssl.RemoteCertificate;
        return $"{Describe(ssl.SslProtocol)} with server name {endpoint.ServerName}, certificate {certificate?.Subject}";
    }

    public async Task<string> AuthenticateAsync(AuthToken token, CancellationToken cancellation)
    {
        var reply = await SendAsync(["AUTH", .. target.AuthArguments(token)], cancellation).ConfigureAwait(false);
        if (reply == "+OK")
        {
            return target.User is { } user ? $"user {user} logged in" : "token accepted";
        }

        var said = target.Redact(reply.TrimStart('-'));
        throw new CheckFailedException($"server refused AUTH{(target.User is { } named ? $" as user {named}" : "")}: {said}", Hints.ForAuthRefusal(said, target.User));
    }

    public async Task<string> PingAsync(CancellationToken cancellation)
    {
        var reply = await SendAsync(["PING"], cancellation).ConfigureAwait(false);
        if (reply == "+PONG")
        {
            return "PONG";
        }

        var said = target.Redact(reply.TrimStart('-'));
        var hint = said.StartsWith("NOAUTH", StringComparison.Ordinal) ? Hints.AuthMissing
            : said.StartsWith("NOPERM", StringComparison.Ordinal) ? Hints.PingNoPermission
            : Hints.ServerSlow;
        throw new CheckFailedException($"server answered PING with: {said}", hint);
    }

    public async ValueTask DisposeAsync()
    {
        if (_stream is not null)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }

        _socket?.Dispose();
    }

    private static string Describe(SslProtocols protocol) => protocol switch
    {
        SslProtocols.Tls13 => "TLS 1.3",
        SslProtocols.Tls12 => "TLS 1.2",
        _ => protocol.ToString(),
    };

    private Stream Stream => _stream ?? throw new InvalidOperationException("no open connection: run the TCP check first");

    /// <summary>Sends one command on the checked connection and returns its single-line reply (+..., -..., :...).</summary>
    public async Task<string> SendAsync(IReadOnlyList<string> command, CancellationToken cancellation)
    {
        string? reply;
        try
        {
            await RespWire.WriteCommandAsync(Stream, command, cancellation).ConfigureAwait(false);
            reply = await RespWire.ReadLineAsync(Stream, cancellation).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw ClosedByServer(e.Message);
        }

        return reply ?? throw ClosedByServer("no reply");
    }

    private CheckFailedException ClosedByServer(string what) =>
        target.Tls
            ? new CheckFailedException($"the server closed the TLS connection ({what})", Hints.ServerSlow)
            : new CheckFailedException($"the server closed the connection without answering ({what})", Hints.ServerWantsTls);
}
