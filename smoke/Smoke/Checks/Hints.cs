namespace Smoke.Checks;

/// <summary>The one actionable sentence per failure mode, so a red row says what to do next.</summary>
public static class Hints
{
    public const string SsmTunnel =
        "the client instance must be online in Systems Manager (aws ssm describe-instance-information) and your credentials need ssm:StartSession on it and on the AWS-StartPortForwardingSessionToRemoteHost document";

    public const string DnsFailed =
        "the host name does not resolve: check primaryEndpoint/readerEndpoint in the stack outputs (or --primary/--reader) and this machine's DNS";

    public const string TcpUnreachable =
        "ElastiCache endpoints are reachable only from inside the VPC: run this from the client instance (SSM session) or through a tunnel; "
        + "from inside, check that the cache security group admits this client on the port";

    public const string TcpRefused =
        "nothing accepts connections on that address and port: check the port (stack output port, or host:port) and that the node is up";

    public const string TlsMismatch =
        "the transit-encryption setting does not match the server: it did not complete a TLS handshake; if transitEncryption is false use --no-tls";

    public const string TlsNameMismatch =
        "the server certificate does not name the host connected to: use the endpoint's DNS name from the stack outputs, not an IP address or alias";

    public const string TlsUntrusted =
        "the server certificate's CA is not trusted here: update this machine's CA bundle (ca-certificates), or pass --ca-file when a private CA signed it";

    public const string TlsNoAnswer =
        "the server may not speak TLS: check transitEncryption, or try --no-tls";

    public const string NoReplicas =
        "no replicas: the reader endpoint serves the primary";

    public const string ServerWantsTls =
        "the transit-encryption setting does not match the server: it dropped a plain-text command, so it most likely requires TLS; use --tls";

    public const string AuthWrong =
        "the AUTH token is wrong: use the stack's authToken output (`pulumi stack output --show-secrets authToken`) through --auth-token-env";

    public const string AuthNotConfigured =
        "the AUTH token does not match the server: it has no token configured; drop --auth-token-env/authToken or enable AUTH on the group";

    public const string AuthMissing =
        "the AUTH token is missing: the server requires one; put it in an environment variable and name it with --auth-token-env";

    public const string ServerSlow =
        "the server accepted the connection but did not answer in time: it may be overloaded or frozen; check its CloudWatch CPU/memory metrics and events";

    public const string ClientConnect =
        "the client library could not open its connection although the raw checks passed: see the detail, then retry with a larger --connect-timeout";

    public const string PrimaryIsReplica =
        "the primary endpoint answered as a replica: a failover may be in progress (retry in a minute) or primaryEndpoint names a replica node";

    public const string ReaderNotReplica =
        "the reader endpoint is not a read-only replica (replication broken, replica-read-only off, or it points at the primary)";

    public const string Replication =
        "replication is broken or lagging: check the replication group's events and its ReplicationLag metric; run again to see if it recovers";

    public const string PrimaryWrite =
        "the primary refused a plain SET: check the server's memory (maxmemory, eviction policy) and that primaryEndpoint is the primary";

    public const string Cleanup =
        "the smoke key could not be deleted; it expires by itself within a minute (short TTL)";

    public const string OverallTimeout =
        "the whole run reached its time limit (--timeout): a server or the network is frozen; rerun with a larger --timeout to see the step that hangs";

    /// <summary>The next step when a check of <paramref name="name"/> ran out of time or met an unexpected error.</summary>
    public static string ForCheck(string name) => name switch
    {
        CheckNames.Dns => DnsFailed,
        CheckNames.Tcp => TcpUnreachable,
        // A plain-text server takes the ClientHello as the start of a command and waits for its end.
        CheckNames.Tls => TlsNoAnswer,
        CheckNames.Role => ServerSlow,
        CheckNames.Replication => Replication,
        CheckNames.Cleanup => Cleanup,
        _ => ServerSlow,
    };
}
