using System.Net.Sockets;
using Smoke.Bench;

namespace Smoke.Failover;

/// <summary>How an attempt failed, in the words an operator searches for in an application's logs.</summary>
internal enum ErrorKind
{
    /// <summary>-READONLY: the endpoint reached a replica (the DNS name still points at the demoted node).</summary>
    ReadOnly,

    /// <summary>-LOADING: the node is loading its data set after a restart or a full sync.</summary>
    Loading,

    /// <summary>TCP connection refused: nothing listens at the address (node down, DNS not yet moved).</summary>
    Refused,

    /// <summary>The connection was reset or closed by the peer (the node died or was replaced).</summary>
    Reset,

    /// <summary>No answer within the connect or command timeout (a frozen or unreachable node).</summary>
    Timeout,

    /// <summary>With --wait-replicas: the primary took the write but no replica acknowledged it in time.</summary>
    NotReplicated,

    /// <summary>Another error reply from the server.</summary>
    ServerError,

    /// <summary>Anything else (DNS, TLS, AUTH).</summary>
    Other,
}

/// <summary>Sorts replies and exceptions into <see cref="ErrorKind"/>s.</summary>
internal static class ErrorKinds
{
    public static string Label(ErrorKind kind) => kind switch
    {
        ErrorKind.ReadOnly => "READONLY",
        ErrorKind.Loading => "LOADING",
        ErrorKind.Refused => "connection refused",
        ErrorKind.Reset => "connection reset/closed",
        ErrorKind.Timeout => "timeout",
        ErrorKind.NotReplicated => "not replicated (WAIT 1)",
        ErrorKind.ServerError => "other server error",
        _ => "other",
    };

    public static ErrorKind FromReply(string? text) => RespConnection.FirstWord(text) switch
    {
        "READONLY" => ErrorKind.ReadOnly,
        "LOADING" => ErrorKind.Loading,
        _ => ErrorKind.ServerError,
    };

    public static ErrorKind FromException(Exception error) => error switch
    {
        SocketException socket => FromSocket(socket.SocketErrorCode),
        IOException { InnerException: SocketException socket } => FromSocket(socket.SocketErrorCode),
        IOException => ErrorKind.Reset,
        ObjectDisposedException => ErrorKind.Timeout,
        BenchException { InnerException: { } inner } => FromException(inner),
        _ => ErrorKind.Other,
    };

    private static ErrorKind FromSocket(SocketError code) => code switch
    {
        SocketError.ConnectionRefused => ErrorKind.Refused,
        SocketError.ConnectionReset or SocketError.ConnectionAborted or SocketError.Shutdown or SocketError.NotConnected => ErrorKind.Reset,
        SocketError.TimedOut or SocketError.WouldBlock or SocketError.OperationAborted => ErrorKind.Timeout,
        _ => ErrorKind.Other,
    };
}
