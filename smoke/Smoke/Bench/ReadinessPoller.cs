using System.Net.Sockets;

namespace Smoke.Bench;

/// <summary>
/// Waits until some of an event loop's sockets have data. On Linux it is epoll (level-triggered,
/// the set registered once), as redis-benchmark's event loop uses; elsewhere <see cref="Socket.Select"/>,
/// which hands the kernel the whole set on every call: with 50 connections unpipelined that is tens
/// of thousands of 50-socket polls a second.
/// </summary>
internal abstract class ReadinessPoller : IDisposable
{
    public static ReadinessPoller Create(IReadOnlyList<Socket> sockets) =>
        OperatingSystem.IsLinux() ? new EpollPoller(sockets) : new SelectPoller(sockets);

    /// <summary>Stops watching socket <paramref name="index"/> (its connection has nothing outstanding any more).</summary>
    public abstract void Remove(int index);

    /// <summary>Fills <paramref name="ready"/> with the indexes of the sockets that have data, waiting at most <paramref name="timeoutMilliseconds"/>.</summary>
    public abstract void Wait(List<int> ready, int timeoutMilliseconds);

    public virtual void Dispose()
    {
        // Nothing to release for Select.
    }

    private sealed class SelectPoller(IReadOnlyList<Socket> sockets) : ReadinessPoller
    {
        private readonly bool[] removed = new bool[sockets.Count];
        private readonly Dictionary<Socket, int> indexes = sockets.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i);
        private readonly List<Socket> polled = new(sockets.Count);

        public override void Remove(int index) => removed[index] = true;

        public override void Wait(List<int> ready, int timeoutMilliseconds)
        {
            ready.Clear();
            polled.Clear();
            for (var i = 0; i < sockets.Count; i++)
            {
                if (!removed[i])
                {
                    polled.Add(sockets[i]);
                }
            }

            if (polled.Count == 0)
            {
                return;
            }

            Socket.Select(polled, null, null, timeoutMilliseconds * 1000);
            ready.AddRange(polled.Select(s => indexes[s]));
        }
    }
}
