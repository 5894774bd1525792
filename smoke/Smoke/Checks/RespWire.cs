using System.Text;

namespace Smoke.Checks;

/// <summary>
/// The few bytes of the Redis protocol the layer checks need: send one command, read one
/// single-line reply (+simple string or -error). AUTH and PING are sent this way, on the socket
/// the TCP and TLS checks opened, so each layer gets its own verdict; everything beyond PING
/// goes through StackExchange.Redis.
/// </summary>
public static class RespWire
{
    private const int LongestReply = 4096;

    /// <summary>A command as the server reads it: an array of bulk strings.</summary>
    public static byte[] Encode(IReadOnlyList<string> parts)
    {
        var text = new StringBuilder();
        text.Append('*').Append(parts.Count).Append("\r\n");
        foreach (var part in parts)
        {
            text.Append('$').Append(Encoding.UTF8.GetByteCount(part)).Append("\r\n").Append(part).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static async Task WriteCommandAsync(Stream stream, IReadOnlyList<string> parts, CancellationToken cancellation)
    {
        await stream.WriteAsync(Encode(parts), cancellation).ConfigureAwait(false);
        await stream.FlushAsync(cancellation).ConfigureAwait(false);
    }

    /// <summary>One reply line without its CR LF, or null when the server closed the connection first.</summary>
    public static async Task<string?> ReadLineAsync(Stream stream, CancellationToken cancellation)
    {
        var line = new List<byte>();
        var one = new byte[1];
        while (line.Count < LongestReply)
        {
            if (await stream.ReadAsync(one, cancellation).ConfigureAwait(false) == 0)
            {
                return null;
            }

            if (one[0] == '\n')
            {
                return Encoding.UTF8.GetString(line.ToArray()).TrimEnd('\r');
            }

            line.Add(one[0]);
        }

        return Encoding.UTF8.GetString(line.ToArray());
    }
}
