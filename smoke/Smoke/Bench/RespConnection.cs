using System.Buffers.Text;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;
using Smoke.Checks;
using Smoke.Connection;

namespace Smoke.Bench;

/// <summary>
/// A lean RESP2 connection of the probe's own: one socket (plain or TLS), one receive buffer, no
/// multiplexer, no async machinery. A load connection is switched to non-blocking and driven by an
/// <see cref="EventLoop"/> (<see cref="TryFillAvailable"/>, then <see cref="TryFillBuffered"/>
/// until it is drained); over TLS its <see cref="SslStream"/> sits on a <see cref="TlsRecordStream"/>,
/// which lets the loop know when decrypted or encrypted data is still buffered. That costs far less
/// per request on a small machine than .NET's asynchronous sockets, whose completions hop through
/// the epoll thread and the thread pool, or a blocking thread per connection (measured: see
/// docs/benchmarks.md). The load path writes pre-encoded batches and consumes replies with
/// <see cref="TryConsumeReply"/> without allocating; the control path (AUTH, ROLE, DEL, lag
/// markers, the key-space fill) uses blocking calls (<see cref="Execute"/>, <see cref="Fill"/>).
/// Every wait is bounded: connect, TLS and AUTH by the connect timeout (the socket is closed when
/// it expires), each receive and send by the command timeout (SO_RCVTIMEO / SO_SNDTIMEO, or a
/// poll of that length), and <see cref="Dispose"/> from another thread ends a blocked call at once.
/// </summary>
internal sealed class RespConnection : IDisposable
{
    private const int BufferSize = 64 * 1024;

    private readonly Socket socket;
    private readonly Stream stream;

    // Over TLS: the stream under the SslStream, and whether the last SslStream read filled all the
    // room it was given (then it may hold more decrypted bytes).
    private readonly TlsRecordStream? records;
    private bool decryptedMayRemain;
    private readonly byte[] buffer = new byte[BufferSize];
    private int start;
    private int end;

    // Bytes of a bulk reply body (with its CRLF) still to skip on the load path.
    private long bulkRemaining;

    private RespConnection(EndpointTarget endpoint, Socket socket, Stream stream, TlsRecordStream? records)
    {
        Endpoint = endpoint;
        this.socket = socket;
        this.stream = stream;
        this.records = records;
    }

    public EndpointTarget Endpoint { get; }

    /// <summary>The socket, for the event loop's readiness poll.</summary>
    public Socket Socket => socket;

    /// <summary>
    /// Connects to the endpoint's address, completes TLS with its server name and the target's
    /// trust, and sends AUTH, all within the target's connect timeout (blocking the caller).
    /// </summary>
    public static RespConnection Open(EndpointTarget endpoint, SmokeTarget target, CancellationToken cancellationToken)
    {
        var timeout = target.Timeouts.Connect;
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(timeout);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        var step = "TCP connect";
        string? rejection = null;
        var nameMismatch = false;
        try
        {
            using var onTimeout = bounded.Token.Register(socket.Dispose);
            socket.Connect(endpoint.Address.Host, endpoint.Address.Port);
            var commandTimeout = (int)Math.Ceiling(target.Timeouts.Command.TotalMilliseconds);
            socket.ReceiveTimeout = commandTimeout;
            socket.SendTimeout = commandTimeout;
            Stream stream;
            TlsRecordStream? records = null;
            if (!target.Tls)
            {
                stream = new NetworkStream(socket, ownsSocket: true);
            }
            else
            {
                step = "TLS handshake";
                records = new TlsRecordStream(socket);
                var tls = new SslStream(records, leaveInnerStreamOpen: false);
                stream = tls;
                tls.AuthenticateAsClient(new SslClientAuthenticationOptions
                {
                    TargetHost = endpoint.ServerName,
                    RemoteCertificateValidationCallback = target.Trust.CreateCallback((reason, errors) =>
                    {
                        rejection = reason;
                        nameMismatch = errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch);
                    }),
                });
            }

            var connection = new RespConnection(endpoint, socket, stream, records);
            if (target.AuthToken is { } token)
            {
                step = "AUTH";
                var reply = connection.Execute(["AUTH", .. target.AuthArguments(token)]);
                if (reply.IsError)
                {
                    connection.Dispose();
                    var said = target.Redact(reply.Text ?? string.Empty);
                    var hint = Hints.ForAuthRefusal(said, target.User);
                    throw BenchException.Failure($"{Describe(endpoint)}: AUTH refused by the server ({said}). Hint: {hint}");
                }
            }

            return connection;
        }
        catch (Exception error) when (error is not BenchException)
        {
            socket.Dispose();
            var timedOut = bounded.IsCancellationRequested && !cancellationToken.IsCancellationRequested;
            var why = timedOut
                ? $"no answer within {timeout.TotalSeconds:0.###} s (--connect-timeout)"
                : rejection is not null ? $"certificate rejected for '{endpoint.ServerName}': {rejection}" : target.Redact(Describe(error));
            var hint = (step, error) switch
            {
                ("TCP connect", SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData }) => Hints.DnsFailed,
                ("TCP connect", SocketException { SocketErrorCode: SocketError.ConnectionRefused }) => Hints.TcpRefused,
                ("TCP connect", _) => Hints.TcpUnreachable,
                ("TLS handshake", _) when rejection is not null => nameMismatch ? Hints.TlsNameMismatch : Hints.TlsUntrusted,
                ("TLS handshake", _) => Hints.TlsMismatch,
                _ when timedOut || target.Tls => Hints.ServerSlow,
                _ => Hints.ServerWantsTls,
            };
            throw BenchException.Failure($"{Describe(endpoint)}: {step} failed: {why}. Hint: {hint}", error);
        }
    }

    /// <summary>Sends one command and reads its reply (control path).</summary>
    public RespValue Execute(params string[] arguments)
    {
        stream.Write(RespWire.Encode(arguments));
        return ReadValue();
    }

    /// <summary>Sends several commands in one write and reads their replies in order (control path).</summary>
    public IReadOnlyList<RespValue> ExecutePipelined(IReadOnlyList<string[]> commands)
    {
        stream.Write(commands.SelectMany(RespWire.Encode).ToArray());
        var replies = new RespValue[commands.Count];
        for (var i = 0; i < replies.Length; i++)
        {
            replies[i] = ReadValue();
        }

        return replies;
    }

    /// <summary>Writes pre-encoded commands (load path); on a non-blocking socket, waits (bounded) for room when the send buffer is full.</summary>
    public void Write(ReadOnlySpan<byte> commands)
    {
        if (records is null)
        {
            SocketIo.SendAll(socket, commands);
        }
        else
        {
            stream.Write(commands);
        }
    }

    /// <summary>Switches the connection to non-blocking mode for the event loop.</summary>
    public void MakeNonBlocking() => socket.Blocking = false;

    /// <summary>
    /// Non-blocking receive (event loop): reads what is there into the buffer; false when nothing
    /// was (over TLS: nothing decrypted yet). Throws when the server closed the connection. Over
    /// TLS, call <see cref="TryFillBuffered"/> after consuming the replies, until it returns false.
    /// </summary>
    public bool TryFillAvailable()
    {
        if (records is not null)
        {
            return records.ReceiveAvailable() && TryFillBuffered();
        }

        Compact();
        var read = SocketIo.ReceiveAvailable(socket, buffer.AsSpan(end));
        end += read;
        return read > 0;
    }

    /// <summary>
    /// Over TLS, decrypts into the buffer what was received already, without touching the socket;
    /// false when nothing is left (then a readiness wait on the socket cannot miss a reply). Always
    /// false on plain text, where nothing is buffered outside the receive buffer.
    /// </summary>
    public bool TryFillBuffered()
    {
        if (records is null || !(records.HasRecords || decryptedMayRemain))
        {
            return false;
        }

        Compact();
        var room = buffer.Length - end;
        var read = stream.Read(buffer.AsSpan(end));
        if (read == 0)
        {
            throw new IOException("the server closed the connection");
        }

        decryptedMayRemain = read == room;
        end += read;
        return true;
    }

    /// <summary>Receives more bytes into the buffer (load path). Throws when the server closed the connection or the command timeout passed.</summary>
    public void Fill()
    {
        Compact();
        var read = stream.Read(buffer.AsSpan(end));
        if (read == 0)
        {
            throw new IOException("the server closed the connection");
        }

        end += read;
    }

    /// <summary>
    /// Consumes one complete non-array reply from the buffer without allocating (except for the
    /// text of an error reply). False when the buffer holds no complete reply yet: call
    /// <see cref="Fill"/> and try again.
    /// </summary>
    public bool TryConsumeReply(out RespType type, out string? error)
    {
        error = null;
        type = RespType.Bulk;
        if (bulkRemaining > 0)
        {
            return SkipBulkBody();
        }

        var available = buffer.AsSpan(start, end - start);
        var lineEnd = available.IndexOf((byte)'\n');
        if (lineEnd < 1)
        {
            return false;
        }

        var line = available[1..(lineEnd - 1)];
        switch (available[0])
        {
            case (byte)'+':
                type = RespType.Status;
                start += lineEnd + 1;
                return true;
            case (byte)':':
                type = RespType.Integer;
                start += lineEnd + 1;
                return true;
            case (byte)'-':
                type = RespType.Error;
                error = Encoding.UTF8.GetString(line);
                start += lineEnd + 1;
                return true;
            case (byte)'$':
                if (!Utf8Parser.TryParse(line, out long length, out _))
                {
                    throw new IOException("malformed bulk length in a reply");
                }

                start += lineEnd + 1;
                if (length < 0)
                {
                    type = RespType.Nil;
                    return true;
                }

                bulkRemaining = length + 2;
                return SkipBulkBody();
            default:
                throw new IOException($"unexpected reply type '{(char)available[0]}' on the load path");
        }
    }

    /// <summary>Closes the connection; a call blocked on it in another thread ends with an exception.</summary>
    public void Dispose()
    {
        try
        {
            stream.Dispose();
        }
        catch (IOException)
        {
            // The peer is gone already; nothing left to release but the socket.
        }

        socket.Dispose();
    }

    /// <summary>"primary 127.0.0.2:6379" (or "primary &lt;name&gt; via &lt;address&gt;" through a tunnel) for messages.</summary>
    internal static string Describe(EndpointTarget endpoint) =>
        $"{endpoint.Role.ToString().ToLowerInvariant()} {endpoint.Describe()}";

    /// <summary>What a reply timeout is called in every message.</summary>
    internal const string NoReply = "no reply within the command timeout (--command-timeout)";

    /// <summary>Words for a failed socket call: a receive timeout reads as such, not as an error code; any other error (a BenchException too) by its message.</summary>
    internal static string Describe(Exception error) => error switch
    {
        IOException { InnerException: SocketException { SocketErrorCode: SocketError.TimedOut or SocketError.WouldBlock } }
            or SocketException { SocketErrorCode: SocketError.TimedOut or SocketError.WouldBlock } => NoReply,
        IOException { InnerException: SocketException socket } => socket.Message,
        ObjectDisposedException => "the connection was closed",
        _ => error.Message,
    };

    internal static string FirstWord(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "error";
        }

        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? text : text[..space];
    }

    /// <summary>Parses one complete reply of any type; false when <paramref name="data"/> does not hold all of it yet.</summary>
    internal static bool TryParseValue(ReadOnlySpan<byte> data, out RespValue value, out int consumed)
    {
        value = new RespValue(RespType.Nil);
        consumed = 0;
        var lineEnd = data.IndexOf((byte)'\n');
        if (lineEnd < 1)
        {
            return false;
        }

        var line = data[1..(lineEnd - 1)];
        var headerLength = lineEnd + 1;
        switch (data[0])
        {
            case (byte)'+':
                value = new RespValue(RespType.Status, Encoding.UTF8.GetString(line));
                consumed = headerLength;
                return true;
            case (byte)'-':
                value = new RespValue(RespType.Error, Encoding.UTF8.GetString(line));
                consumed = headerLength;
                return true;
            case (byte)':':
                value = new RespValue(RespType.Integer, Integer: ParseInteger(line));
                consumed = headerLength;
                return true;
            case (byte)'$':
                var length = ParseInteger(line);
                if (length < 0)
                {
                    consumed = headerLength;
                    return true;
                }

                if (data.Length < headerLength + length + 2)
                {
                    return false;
                }

                value = new RespValue(RespType.Bulk, Encoding.UTF8.GetString(data.Slice(headerLength, (int)length)));
                consumed = headerLength + (int)length + 2;
                return true;
            case (byte)'*':
                var count = ParseInteger(line);
                if (count < 0)
                {
                    consumed = headerLength;
                    return true;
                }

                var items = new RespValue[count];
                var offset = headerLength;
                for (var i = 0; i < count; i++)
                {
                    if (!TryParseValue(data[offset..], out items[i], out var used))
                    {
                        return false;
                    }

                    offset += used;
                }

                value = new RespValue(RespType.Array, Items: items);
                consumed = offset;
                return true;
            default:
                throw new IOException($"unexpected reply type '{(char)data[0]}'");
        }
    }

    private static long ParseInteger(ReadOnlySpan<byte> text) =>
        Utf8Parser.TryParse(text, out long number, out var used) && used == text.Length
            ? number
            : throw new IOException("malformed number in a reply");

    private void Compact()
    {
        if (start == end)
        {
            start = end = 0;
        }
        else if (end == buffer.Length)
        {
            if (start == 0)
            {
                throw new IOException($"a reply line longer than {BufferSize} bytes");
            }

            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
    }

    private bool SkipBulkBody()
    {
        var take = (int)Math.Min(bulkRemaining, end - start);
        start += take;
        bulkRemaining -= take;
        return bulkRemaining == 0;
    }

    private RespValue ReadValue()
    {
        while (true)
        {
            if (TryParseValue(buffer.AsSpan(start, end - start), out var value, out var consumed))
            {
                start += consumed;
                return value;
            }

            Fill();
        }
    }
}
