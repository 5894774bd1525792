using System.Diagnostics;
using System.Net.Sockets;

namespace Smoke.Bench;

/// <summary>
/// Drives many load connections, plain or TLS, from one thread, as redis-benchmark does: poll the
/// sockets with replies outstanding, and for each that has data, receive once, consume the replies
/// and send the batches that became due; over TLS, go on consuming what the TLS layer still holds
/// decrypted or received before polling again (a poll sees only the socket). No thread wakes up
/// per reply, which is what a thread per connection costs. A connection with replies outstanding and no byte for the command timeout
/// fails the run (the stall check runs every poll tick).
/// </summary>
internal static class EventLoop
{
    private const int PollMicroseconds = 100_000;

    public static void Run(IReadOnlyList<LoadWorker> workers, RunControl control, TimeSpan replyTimeout)
    {
        var bySocket = new Dictionary<Socket, LoadWorker>(workers.Count);
        foreach (var worker in workers)
        {
            worker.Connection.MakeNonBlocking();
            bySocket[worker.Connection.Socket] = worker;
        }

        foreach (var worker in workers)
        {
            Step(worker, start: true);
        }

        var readable = new List<Socket>(workers.Count);
        var timeoutTicks = (long)(replyTimeout.TotalSeconds * Stopwatch.Frequency);
        while (!control.Abort.IsCancellationRequested)
        {
            readable.Clear();
            foreach (var worker in workers)
            {
                if (worker.Active)
                {
                    readable.Add(worker.Connection.Socket);
                }
            }

            if (readable.Count == 0)
            {
                return;
            }

            try
            {
                Socket.Select(readable, null, null, PollMicroseconds);
            }
            catch (ObjectDisposedException) when (control.Abort.IsCancellationRequested)
            {
                return;
            }

            foreach (var socket in readable)
            {
                Step(bySocket[socket], start: false);
            }

            var now = Stopwatch.GetTimestamp();
            foreach (var worker in workers)
            {
                if (worker.Active && now - worker.LastProgress > timeoutTicks)
                {
                    throw BenchException.Failure($"{RespConnection.Describe(worker.Endpoint)}: {RespConnection.NoReply}: the server is stalled or the network path was lost.");
                }
            }
        }
    }

    private static void Step(LoadWorker worker, bool start)
    {
        try
        {
            if (start)
            {
                worker.Start();
            }
            else if (worker.Connection.TryFillAvailable())
            {
                worker.ProcessReplies();
                while (worker.Active && worker.Connection.TryFillBuffered())
                {
                    worker.ProcessReplies();
                }
            }
        }
        catch (Exception error) when (error is IOException or SocketException or ObjectDisposedException)
        {
            // One thread serves many endpoints' connections: name the one that failed.
            throw BenchException.Failure($"{RespConnection.Describe(worker.Endpoint)}: connection lost: {RespConnection.Describe(error)}.", error);
        }
    }
}
