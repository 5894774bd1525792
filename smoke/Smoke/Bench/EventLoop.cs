using System.Diagnostics;
using System.Net.Sockets;

namespace Smoke.Bench;

/// <summary>
/// Drives many load connections, plain or TLS, from one thread, as redis-benchmark does: poll the
/// sockets with replies outstanding, and for each that has data, receive once, consume the replies
/// and send the batches that became due; over TLS, go on consuming what the TLS layer still holds
/// decrypted or received before polling again (a poll sees only the socket). No thread wakes up
/// per reply, which is what a thread per connection costs. A connection with replies outstanding
/// and no byte for the command timeout fails the run (the stall check runs every poll tick).
/// </summary>
internal static class EventLoop
{
    private const int PollMilliseconds = 100;

    public static void Run(IReadOnlyList<LoadWorker> workers, RunControl control, TimeSpan replyTimeout)
    {
        foreach (var worker in workers)
        {
            worker.Connection.MakeNonBlocking();
        }

        using var poller = ReadinessPoller.Create([.. workers.Select(w => w.Connection.Socket)]);
        var retired = new bool[workers.Count];
        var active = workers.Count;
        for (var i = 0; i < workers.Count; i++)
        {
            Step(workers[i], start: true);
            active -= Retire(workers, i, retired, poller);
        }

        var ready = new List<int>(workers.Count);
        var timeoutTicks = (long)(replyTimeout.TotalSeconds * Stopwatch.Frequency);
        while (active > 0 && !control.Abort.IsCancellationRequested)
        {
            try
            {
                poller.Wait(ready, PollMilliseconds);
            }
            catch (ObjectDisposedException) when (control.Abort.IsCancellationRequested)
            {
                return;
            }

            foreach (var index in ready)
            {
                Step(workers[index], start: false);
                active -= Retire(workers, index, retired, poller);
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

    // A connection with nothing outstanding is done for the run (it sends only after a reply): stop watching it.
    private static int Retire(IReadOnlyList<LoadWorker> workers, int index, bool[] retired, ReadinessPoller poller)
    {
        if (workers[index].Active || retired[index])
        {
            return 0;
        }

        retired[index] = true;
        poller.Remove(index);
        return 1;
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
