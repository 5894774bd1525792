namespace Smoke.Connection;

/// <summary>
/// The resolved, validated description of the cache to talk to: both endpoints, TLS, the AUTH
/// secret (the group's token, or with <see cref="User"/> that user's password) and the trust to apply. Built by <c>TargetResolver</c> from stack outputs and flags; used
/// by the checks and by <see cref="RedisConnectionFactory"/>.
/// </summary>
public sealed record SmokeTarget(
    EndpointTarget Primary,
    EndpointTarget Reader,
    bool Tls,
    AuthToken? AuthToken,
    TlsTrust Trust,
    ConnectionTimeouts Timeouts)
{
    /// <summary>The stack's read-replica count (output replicas); null when the stack does not export it.</summary>
    public int? Replicas { get; init; }

    public IEnumerable<EndpointTarget> Endpoints => [Primary, Reader];

    /// <summary>The ElastiCache (ACL) user to log in as, AUTH &lt;user&gt; &lt;password&gt;; null: the token alone, or no AUTH.</summary>
    public string? User { get; init; }

    /// <summary>Why the check chose <see cref="User"/> itself (no --user given); null when the operator named it.</summary>
    public string? UserPicked { get; init; }

    /// <summary>The AUTH arguments after the command name: the password with its user, or the token alone.</summary>
    public IReadOnlyList<string> AuthArguments(AuthToken secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return User is { } user ? [user, secret.Reveal()] : [secret.Reveal()];
    }

    /// <summary>How the report names the login: never the secret.</summary>
    public string DescribeAuth() =>
        User is { } user ? $"user {user}{(UserPicked is null ? "" : $" ({UserPicked})")}" : AuthToken is null ? "off" : "on";

    /// <summary>Removes the token from text that might have picked it up (library messages).</summary>
    public string Redact(string text) => AuthToken?.RedactFrom(text) ?? text;
}
