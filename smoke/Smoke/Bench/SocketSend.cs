using System.Net.Sockets;

namespace Smoke.Bench;

/// <summary>Sends all of a buffer on a blocking or non-blocking socket, each wait bounded by the socket's send timeout.</summary>
internal static class SocketSend
{
    public static void All(Socket socket, ReadOnlySpan<byte> bytes)
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
}
