using Smoke.Connection;

namespace Smoke.Input;

/// <summary>
/// The stack-output contract (shared/DESIGN.md) as read: every value may be absent; whether an
/// absence is a problem depends on the flags, so <c>TargetResolver</c> decides. <see cref="Source"/>
/// names where the document came from, for messages.
/// </summary>
public sealed record StackOutputs(string Source)
{
    public const string PrimaryEndpointKey = "primaryEndpoint";
    public const string ReaderEndpointKey = "readerEndpoint";
    public const string PortKey = "port";
    public const string TransitEncryptionKey = "transitEncryption";
    public const string AuthTokenKey = "authToken";
    public const string ReplicationGroupIdKey = "replicationGroupId";
    public const string ClientInstanceIdKey = "clientInstanceId";
    public const string RegionKey = "region";
    public const string ReplicasKey = "replicas";
    public const string AuthModeKey = "authMode";
    public const string UsersKey = "users";
    public const string UserPasswordsKey = "userPasswords";

    public string? PrimaryEndpoint { get; init; }

    public string? ReaderEndpoint { get; init; }

    public int? Port { get; init; }

    public bool? TransitEncryption { get; init; }

    public AuthToken? AuthToken { get; init; }

    public string? ReplicationGroupId { get; init; }

    public string? ClientInstanceId { get; init; }

    /// <summary>Number of read replicas (0 to 5); absent on stacks older than the output.</summary>
    public int? Replicas { get; init; }

    /// <summary>The stack's AWS region: where the SSM sessions go (not part of the fixed contract; may be absent).</summary>
    public string? Region { get; init; }

    /// <summary>token, rbac or none; null on stacks older than RBAC (then authToken decides).</summary>
    public string? AuthMode { get; init; }

    /// <summary>RBAC mode: the ElastiCache users by name (the stack-managed default user included).</summary>
    public IReadOnlyDictionary<string, StackUser>? Users { get; init; }

    /// <summary>RBAC mode: the password of each password user, by user name.</summary>
    public IReadOnlyDictionary<string, AuthToken>? UserPasswords { get; init; }

    /// <summary>userPasswords was present but hidden as "[secret]" (read without --show-secrets).</summary>
    public bool UserPasswordsHidden { get; init; }
}
