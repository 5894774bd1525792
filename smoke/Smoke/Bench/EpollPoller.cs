using System.ComponentModel;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Smoke.Bench;

/// <summary>
/// epoll(7) through libc: the sockets are registered once (EPOLLIN, level-triggered, the socket's
/// index as the event's data) and each wait returns only the ready ones. <c>struct epoll_event</c>
/// is packed (12 bytes) on x86-64 and naturally aligned (16 bytes) elsewhere, e.g. arm64 (Graviton
/// client instances), so events are read from an int array at the platform's stride.
/// </summary>
internal sealed class EpollPoller : ReadinessPoller
{
    private const int EpollIn = 0x001;
    private const int ControlAdd = 1;
    private const int ControlDelete = 2;
    private const int Interrupted = 4; // EINTR

    private static readonly bool Packed = RuntimeInformation.ProcessArchitecture == Architecture.X64;
    private static readonly int Stride = Packed ? 3 : 4;
    private static readonly int DataOffset = Packed ? 1 : 2;

    private readonly int epoll;
    private readonly IReadOnlyList<Socket> sockets;
    private readonly int[] events;

    public EpollPoller(IReadOnlyList<Socket> sockets)
    {
        this.sockets = sockets;
        epoll = EpollCreate1(0);
        if (epoll < 0)
        {
            throw new IOException("epoll_create1 failed", new Win32Exception(Marshal.GetLastPInvokeError()));
        }

        events = new int[Stride * Math.Max(1, sockets.Count)];
        for (var i = 0; i < sockets.Count; i++)
        {
            Control(ControlAdd, i);
        }
    }

    public override void Remove(int index) => Control(ControlDelete, index);

    public override void Wait(List<int> ready, int timeoutMilliseconds)
    {
        ready.Clear();
        var count = EpollWait(epoll, events, sockets.Count, timeoutMilliseconds);
        if (count < 0)
        {
            var error = Marshal.GetLastPInvokeError();
            if (error == Interrupted)
            {
                return;
            }

            throw new IOException("epoll_wait failed", new Win32Exception(error));
        }

        for (var i = 0; i < count; i++)
        {
            ready.Add(events[(i * Stride) + DataOffset]);
        }
    }

    public override void Dispose() => _ = Close(epoll);

    private void Control(int operation, int index)
    {
        var socket = sockets[index];
        var descriptor = (int)socket.Handle;
        var one = new int[Stride];
        one[0] = EpollIn;
        one[DataOffset] = index;
        if (EpollCtl(epoll, operation, descriptor, one) < 0 && operation == ControlAdd)
        {
            throw new IOException("epoll_ctl failed", new Win32Exception(Marshal.GetLastPInvokeError()));
        }
    }

    [DllImport("libc", EntryPoint = "epoll_create1", SetLastError = true)]
    private static extern int EpollCreate1(int flags);

    [DllImport("libc", EntryPoint = "epoll_ctl", SetLastError = true)]
    private static extern int EpollCtl(int epoll, int operation, int descriptor, int[] epollEvent);

    [DllImport("libc", EntryPoint = "epoll_wait", SetLastError = true)]
    private static extern int EpollWait(int epoll, [Out] int[] events, int maxEvents, int timeout);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int descriptor);
}
