using System.Net;
using StackExchange.Redis;

namespace Smoke.Connection;

/// <summary>
/// Opens StackExchange.Redis connections to one endpoint of a <see cref="SmokeTarget"/>: connect
/// address, TLS server name, trust, AUTH token and timeouts in one place, for the checks and for
/// any other mode that needs clients (a load probe).
/// </summary>
public sealed class RedisConnectionFactory(SmokeTarget target)
{
    public const string ClientName = "smoke";

    public ConfigurationOptions CreateOptions(EndpointTarget endpoint)
    {
        var options = new ConfigurationOptions
        {
            // One endpoint per connection: the checks must talk to exactly the address they test,
            // not whatever server the client would otherwise choose.
            AbortOnConnectFail = true,
            ConnectRetry = 1,
            ConnectTimeout = Milliseconds(target.Timeouts.Connect),
            SyncTimeout = Milliseconds(target.Timeouts.Command),
            ClientName = ClientName,
            // The library counts INFO as an admin command; the checks need it (role fallback,
            // replication-link detail) and send no other admin command.
            AllowAdmin = true,
            // No tie-breaker key reads: cluster-mode-disabled groups have one primary by design.
            TieBreaker = "",
            Ssl = target.Tls,
            // With a user, the library sends AUTH <user> <password>; without, AUTH <token>.
            User = target.User,
            Password = target.AuthToken?.Reveal(),
        };
        if (IPAddress.TryParse(endpoint.Address.Host, out var ip))
        {
            options.EndPoints.Add(new IPEndPoint(ip, endpoint.Address.Port));
        }
        else
        {
            options.EndPoints.Add(endpoint.Address.Host, endpoint.Address.Port);
        }

        if (target.Tls)
        {
            options.SslHost = endpoint.ServerName;
            options.CertificateValidation += target.Trust.CreateCallback();
        }

        return options;
    }

    /// <summary>Connects, bounded by the connect timeout and <paramref name="cancellation"/>.</summary>
    public async Task<ConnectionMultiplexer> ConnectAsync(EndpointTarget endpoint, CancellationToken cancellation)
    {
        var connecting = ConnectionMultiplexer.ConnectAsync(CreateOptions(endpoint));
        try
        {
            // The library's own timeout applies per attempt; this bound holds whatever it does.
            return await connecting.WaitAsync(target.Timeouts.Connect * 2, cancellation).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            // Whenever the abandoned attempt finishes, its connection is closed.
            _ = connecting.ContinueWith(
                t => t.Result.Dispose(),
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnRanToCompletion,
                TaskScheduler.Default);
            throw;
        }
    }

    /// <summary>Closes a connection without letting a frozen server hold the caller.</summary>
    public static async Task CloseAsync(ConnectionMultiplexer? connection, TimeSpan bound)
    {
        if (connection is null)
        {
            return;
        }

        try
        {
            // However long the library's Dispose waits for a frozen server, the caller waits at most the bound.
            await connection.DisposeAsync().AsTask().WaitAsync(bound).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Left to finish in the background; the process exit ends it.
        }
    }

    private static int Milliseconds(TimeSpan duration) => (int)Math.Ceiling(duration.TotalMilliseconds);
}
