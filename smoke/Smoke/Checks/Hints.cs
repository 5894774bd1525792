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
        "the AUTH token is wrong: use the stack's authToken output (`pulumi stack output --show-secrets authToken`) through --auth-token-env; "
        + "a group with users (authMode rbac) needs --user instead";

    public const string AuthWrongUser =
        "WRONGPASS: the password does not match the user, or the user does not exist or is off: use its userPasswords entry "
        + "(`pulumi stack output --json --show-secrets userPasswords`) through --password-env, and check that its access string starts with 'on'";

    public const string AuthNotConfigured =
        "the AUTH token does not match the server: it has no token configured; drop --auth-token-env/authToken or enable AUTH on the group";

    public const string AuthMissing =
        "the server requires AUTH: give the token with --auth-token-env, or, when the group has users (the default user off), "
        + "a user with --user <name> and --password-env <NAME>";

    public const string PingNoPermission =
        "the user may not run PING: add +ping (or +@connection) to its access string";

    public const string NoWritePermission =
        "NOPERM: the user's access string does not allow SET on smoke:* keys; the check needs 'on ~smoke:* +set +get +del' "
        + "(or %RW~smoke:* with +@write +@read): log in as another user (--user) or widen the access string in the users setting";

    public const string ReaderNoPermission =
        "NOPERM is the user's access string, not replica read-only, so it proves nothing about the reader: "
        + "run as a user allowed SET on smoke:* keys (--user) to see the reader refuse with READONLY";

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

    /// <summary>The next step when the server refused AUTH with <paramref name="said"/>.</summary>
    public static string ForAuthRefusal(string said, string? user)
    {
        ArgumentNullException.ThrowIfNull(said);
        if (said.Contains("no password is set", StringComparison.OrdinalIgnoreCase)
            || said.Contains("without any password configured", StringComparison.OrdinalIgnoreCase))
        {
            return AuthNotConfigured;
        }

        return user is null ? AuthWrong : AuthWrongUser;
    }

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
