using System.Net.Sockets;

namespace Smoke.Bench;

/// <summary>
/// The stream under a load connection's <see cref="System.Net.Security.SslStream"/>, which lets an
/// event loop drive TLS on a non-blocking socket. The loop receives what the socket has
/// (<see cref="ReceiveAvailable"/>) into a buffer of its own; <see cref="Read(Span{byte})"/> hands
/// <c>SslStream</c> only bytes up to the end of the last complete TLS record there. So a read of
/// the <c>SslStream</c> never finds half a record it must wait for, and the loop knows without
/// asking it whether it has something to decrypt (<see cref="HasRecords"/>). That is what keeps a
/// readiness wait on the socket from blocking while a complete reply sits decrypted or encrypted in
/// the stream: the loop reads the <c>SslStream</c> until neither this stream holds records nor
/// <c>SslStream</c> may hold decrypted bytes (see <see cref="RespConnection.TryFillBuffered"/>).
/// A read with no complete record (only after a record that carried no data, such as a TLS 1.3
/// session ticket) waits for one, bounded by the socket's receive timeout. While the socket is
/// blocking (handshake, AUTH, control commands) reads go straight to it.
/// </summary>
internal sealed class TlsRecordStream(Socket socket) : Stream
{
    // A TLS record is a 5-byte header (type, version, 16-bit length) and at most 2^14 + 2048 bytes.
    private const int HeaderSize = 5;
    private readonly byte[] raw = new byte[64 * 1024];
    private int start;
    private int end;

    // End of the complete records found so far; nextRecord: where the next record's header starts.
    private int recordsEnd;
    private int nextRecord;

    /// <summary>True when bytes of complete records wait to be handed to <c>SslStream</c>.</summary>
    public bool HasRecords => recordsEnd > start;

    public override bool CanRead => true;

    public override bool CanWrite => true;

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>
    /// Non-blocking receive of what the socket has; false when it had nothing. Throws when the
    /// server closed the connection or the receive failed.
    /// </summary>
    public bool ReceiveAvailable()
    {
        Compact();
        var read = SocketIo.ReceiveAvailable(socket, raw.AsSpan(end));
        if (read == 0)
        {
            return false;
        }

        end += read;
        while (nextRecord + HeaderSize <= end)
        {
            var recordEnd = nextRecord + HeaderSize + ((raw[nextRecord + 3] << 8) | raw[nextRecord + 4]);
            if (recordEnd > end)
            {
                break;
            }

            nextRecord = recordEnd;
        }

        recordsEnd = nextRecord;
        return true;
    }

    public override int Read(Span<byte> buffer)
    {
        if (socket.Blocking)
        {
            return ReadBlocking(buffer);
        }

        while (!HasRecords)
        {
            if (!ReceiveAvailable() && !socket.Poll(TimeSpan.FromMilliseconds(socket.ReceiveTimeout), SelectMode.SelectRead))
            {
                throw new IOException("receive timed out", new SocketException((int)SocketError.TimedOut));
            }
        }

        var take = Math.Min(buffer.Length, recordsEnd - start);
        raw.AsSpan(start, take).CopyTo(buffer);
        start += take;
        return take;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer) => SocketIo.SendAll(socket, buffer);

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Flush()
    {
        // Every write is sent at once: nothing is buffered here.
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            socket.Dispose();
        }

        base.Dispose(disposing);
    }

    // Blocking mode: bytes left from non-blocking reads first (none in practice), then the socket.
    private int ReadBlocking(Span<byte> buffer)
    {
        if (end > start)
        {
            var take = Math.Min(buffer.Length, end - start);
            raw.AsSpan(start, take).CopyTo(buffer);
            start += take;
            return take;
        }

        var read = socket.Receive(buffer, SocketFlags.None, out var status);
        return status == SocketError.Success
            ? read
            : throw new IOException("receive failed", new SocketException((int)status));
    }

    private void Compact()
    {
        if (start == end)
        {
            start = end = recordsEnd = nextRecord = 0;
        }
        else if (end == raw.Length)
        {
            // Only the tail of one record can be waiting here, and a record fits many times over.
            var shift = start;
            Buffer.BlockCopy(raw, start, raw, 0, end - start);
            start = 0;
            end -= shift;
            recordsEnd -= shift;
            nextRecord -= shift;
        }

        if (end == raw.Length)
        {
            throw new IOException($"a TLS record longer than {raw.Length} bytes (the limit is 18,437)");
        }
    }
}
