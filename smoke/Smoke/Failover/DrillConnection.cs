using Smoke.Bench;
using Smoke.Connection;

namespace Smoke.Failover;

/// <summary>
/// A connection that behaves like an application's: it connects on first use, is bounded by the
/// connect and command timeouts, and after a failure (or a READONLY/LOADING reply, the signs of a
/// demoted or restarting node) drops the socket and connects again, resolving the endpoint's name
/// again, on the next command. Built on the probe's blocking RESP connection, so each attempt's
/// start and end are exactly when the command went out and the reply (or the failure) came back:
/// no multiplexer queue or background reconnect loop sits between the drill and the wire.
/// </summary>
internal sealed class DrillConnection(EndpointTarget endpoint, SmokeTarget target) : IDisposable
{
    private RespConnection? _connection;

    public EndpointTarget Endpoint => endpoint;

    /// <summary>Sends one command; throws (and drops the socket) on a network failure.</summary>
    public RespValue Execute(params string[] arguments)
    {
        var connection = _connection ??= RespConnection.Open(endpoint, target, CancellationToken.None);
        try
        {
            var reply = connection.Execute(arguments);
            if (reply.IsError && ErrorKinds.FromReply(reply.Text) is ErrorKind.ReadOnly or ErrorKind.Loading)
            {
                Drop();
            }

            return reply;
        }
        catch
        {
            Drop();
            throw;
        }
    }

    /// <summary>Closes the socket; a command blocked on it in another thread ends at once.</summary>
    public void Dispose() => Drop();

    private void Drop()
    {
        Interlocked.Exchange(ref _connection, null)?.Dispose();
    }
}
