namespace Smoke.Cli;

/// <summary>
/// Where the cache is and how to reach it, as the command line says: the stack-output source
/// (--stack, --outputs) and the operator's overrides. Shared by every subcommand that talks to
/// the cache (check today, bench next); turned into a <c>SmokeTarget</c> by <c>TargetResolver</c>.
/// </summary>
public sealed record TargetOptions
{
    public static readonly TimeSpan DefaultConnectTimeout = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan DefaultCommandTimeout = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan DefaultSsmTimeout = TimeSpan.FromSeconds(30);

    /// <summary>--stack: read outputs with `pulumi stack output --json --show-secrets`.</summary>
    public string? Stack { get; init; }

    /// <summary>--cwd: where to run pulumi (default: the nearest folder up holding Pulumi.yaml).</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>--outputs: a JSON file of stack outputs, or "-" for standard input.</summary>
    public string? OutputsPath { get; init; }

    public EndpointOverride? Primary { get; init; }

    public EndpointOverride? Reader { get; init; }

    /// <summary>--tls (true) / --no-tls (false); null: the stack output transitEncryption decides.</summary>
    public bool? Tls { get; init; }

    /// <summary>--auth-token-env: the NAME of the environment variable holding the token, never the token.</summary>
    public string? AuthTokenVariable { get; init; }

    /// <summary>--user: the ElastiCache (ACL) user to log in as, with AUTH &lt;user&gt; &lt;password&gt;.</summary>
    public string? User { get; init; }

    /// <summary>--password-env: the NAME of the environment variable holding the user's password, never the password.</summary>
    public string? PasswordVariable { get; init; }

    /// <summary>--ca-file: PEM certificate(s) of a private CA to trust in addition to the system's.</summary>
    public string? CaFile { get; init; }

    public TimeSpan ConnectTimeout { get; init; } = DefaultConnectTimeout;

    public TimeSpan CommandTimeout { get; init; } = DefaultCommandTimeout;

    /// <summary>
    /// --via-ssm [instance-id]: reach the endpoints through SSM port forwarding via the client
    /// instance (the stack's clientInstanceId unless an id is given); they are private to the VPC.
    /// </summary>
    public bool ViaSsm { get; init; }

    public string? SsmInstanceId { get; init; }

    /// <summary>--ssm-timeout: how long the port-forwarding sessions may take to open.</summary>
    public TimeSpan SsmTimeout { get; init; } = DefaultSsmTimeout;
}
