using Pulumi;

namespace ElastiCacheRedis;

/// <summary>One ElastiCache user of authMode rbac (a value of <see cref="CacheArgs.Users"/>).</summary>
public sealed class CacheUserArgs : ResourceArgs
{
    /// <summary>
    /// The user's access string, e.g. <c>on ~app:* -@all +@read +@write</c>; it starts with on or off.
    /// A change modifies the user in place.
    /// </summary>
    [Input("access", required: true)]
    public string Access { get; set; } = null!;

    /// <summary>How the user authenticates: <c>password</c> (default; its password in userPasswords) or <c>iam</c> (redis 7.0+ or valkey).</summary>
    [Input("auth")]
    public string? Auth { get; set; }
}
