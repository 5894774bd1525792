namespace Smoke.Connection;

/// <summary>
/// The resolved, validated description of the cache to talk to: both endpoints, TLS, the AUTH
/// token and the trust to apply. Built by <c>TargetResolver</c> from stack outputs and flags; used
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

    /// <summary>Removes the token from text that might have picked it up (library messages).</summary>
    public string Redact(string text) => AuthToken?.RedactFrom(text) ?? text;
}
