using System.Globalization;
using Smoke.Bench;
using Smoke.Connection;

namespace Smoke.Failover;

/// <summary>
/// One paced loop of commands on its own thread (the writer on the primary endpoint, the reader on
/// the reader endpoint): one attempt every 1/rate seconds, each recorded with its time and outcome.
/// Jitter up to 100 ms is made up; a longer stall is not (no catch-up burst after an outage), so
/// the rate after the failover is what an application sending at that rate would see.
/// </summary>
internal sealed class TrafficLoop : IDisposable
{
    private const double CatchUpLimitMs = 100;
    private readonly DrillClock _clock;
    private readonly DrillConnection _connection;
    private readonly Func<long, DrillConnection, ErrorKind?> _attempt;
    private readonly double _intervalMs;
    private readonly SmokeTarget _target;
    private readonly Thread _thread;
    private volatile bool _stopping;

    private TrafficLoop(string name, DrillClock clock, EndpointTarget endpoint, SmokeTarget target, int rate, Func<long, DrillConnection, ErrorKind?> attempt)
    {
        _clock = clock;
        _target = target;
        _connection = new DrillConnection(endpoint, target);
        _attempt = attempt;
        _intervalMs = 1000.0 / rate;
        _thread = new Thread(Run) { IsBackground = true, Name = name };
    }

    public AttemptLog Log { get; } = new();

    /// <summary>How many attempts were made (sequence numbers 1..Sent); every key up to it may exist.</summary>
    public long Sent { get; private set; }

    /// <summary>
    /// The writer: SET prefix:n n PX ttl, and with <paramref name="waitReplicaMs"/> WAIT 1 ms; a
    /// write counts as acknowledged when SET said OK (and WAIT counted a replica).
    /// </summary>
    public static TrafficLoop Writer(DrillClock clock, SmokeTarget target, DrillKeys keys, int rate, int? waitReplicaMs) =>
        new("failover-writer", clock, target.Primary, target, rate, (sequence, connection) =>
        {
            var text = sequence.ToString(CultureInfo.InvariantCulture);
            var reply = connection.Execute("SET", keys.Key(sequence), text, "PX", keys.TtlMs);
            if (reply.IsError)
            {
                return ErrorKinds.FromReply(reply.Text);
            }

            if (waitReplicaMs is { } wait)
            {
                var replicas = connection.Execute("WAIT", "1", wait.ToString(CultureInfo.InvariantCulture));
                return replicas.IsError ? ErrorKinds.FromReply(replicas.Text) : replicas.Integer >= 1 ? null : ErrorKind.NotReplicated;
            }

            return null;
        });

    /// <summary>The reader: GET of the newest acknowledged key (a miss is still an answer: the replica may lag).</summary>
    public static TrafficLoop Reader(DrillClock clock, SmokeTarget target, DrillKeys keys, int rate, Func<long> newestKey) =>
        new("failover-reader", clock, target.Reader, target, rate, (_, connection) =>
        {
            var reply = connection.Execute("GET", keys.Key(newestKey()));
            return reply.IsError ? ErrorKinds.FromReply(reply.Text) : null;
        });

    public void Start() => _thread.Start();

    /// <summary>Stops after the attempt in flight (a blocked one ends at once: its socket is closed); that attempt is not recorded.</summary>
    public void Stop()
    {
        _stopping = true;
        _connection.Dispose();
        if (_thread.ThreadState != ThreadState.Unstarted)
        {
            _thread.Join();
        }
    }

    public void Dispose()
    {
        if (_thread.IsAlive)
        {
            Stop();
        }

        _connection.Dispose();
    }

    private void Run()
    {
        var due = _clock.NowMs;
        while (!_stopping)
        {
            _clock.WaitUntil(due, () => _stopping);
            if (_stopping)
            {
                return;
            }

            var sequence = ++Sent;
            var start = _clock.NowMs;
            ErrorKind? error;
            string? message = null;
            try
            {
                error = _attempt(sequence, _connection);
            }
            catch (Exception failure) when (failure is IOException or System.Net.Sockets.SocketException or ObjectDisposedException or BenchException)
            {
                error = ErrorKinds.FromException(failure);
                message = _target.Redact(RespConnection.Describe(failure));
            }

            var end = _clock.NowMs;
            if (_stopping)
            {
                return;
            }

            Log.Add(new Attempt(sequence, start, end, error), message);
            // Small lateness (scheduling jitter) is made up so the rate holds; after a stall the
            // schedule restarts from now instead of bursting the missed attempts.
            due = end - due > CatchUpLimitMs ? end : due + _intervalMs;
        }
    }
}
