using System.Net.Sockets;

namespace Smoke.Bench;

/// <summary>The load path's socket calls: send all of a buffer, receive what is there.</summary>
internal static class SocketIo
{
    /// <summary>Sends all of a buffer on a blocking or non-blocking socket, each wait bounded by the socket's send timeout.</summary>
    public static void SendAll(Socket socket, ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var sent = socket.Send(bytes, SocketFlags.None, out var status);
            if (status == SocketError.Success)
            {
                bytes = bytes[sent..];
            }
            else if (status != SocketError.WouldBlock)
            {
                throw new IOException("send failed", new SocketException((int)status));
            }
            else if (!socket.Poll(TimeSpan.FromMilliseconds(socket.SendTimeout), SelectMode.SelectWrite))
            {
                // A non-blocking socket whose send buffer stayed full: the server stopped reading.
                throw new IOException("send timed out", new SocketException((int)SocketError.TimedOut));
            }
        }
    }

    /// <summary>
    /// Non-blocking receive into <paramref name="buffer"/>: the byte count, 0 when nothing was
    /// there. Throws when the server closed the connection or the receive failed.
    /// </summary>
    public static int ReceiveAvailable(Socket socket, Span<byte> buffer)
    {
        var read = socket.Receive(buffer, SocketFlags.None, out var status);
        if (status == SocketError.WouldBlock)
        {
            return 0;
        }

        if (status != SocketError.Success)
        {
            throw new IOException("receive failed", new SocketException((int)status));
        }

        return read > 0 ? read : throw new IOException("the server closed the connection");
    }
}
