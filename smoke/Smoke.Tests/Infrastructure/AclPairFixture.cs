using System.Text.Json;

namespace Smoke.Tests.Infrastructure;

/// <summary>
/// A plain-text pair with ACL users and the default user off, as ElastiCache in RBAC mode (which
/// also requires TLS; the TLS layer is the token pair's to test). Users: app (may write smoke:*
/// and bench:* keys) and reader (may only read smoke:* keys).
/// </summary>
public sealed class AclPairFixture : IDisposable
{
    public const string AppUser = "app";
    public const string AppPassword = "app-password-for-smoke-tests-01234";
    public const string ReaderUser = "reader";
    public const string ReaderPassword = "reader-password-for-smoke-tests-567";
    public const string AppAccess = "on ~smoke:* ~bench:* +@read +@write +@connection +role +info";
    public const string ReaderAccess = "on ~smoke:* +@read +@connection +role +info";

    public static readonly AclSetup Setup = new([$"{AppUser} >{AppPassword} {AppAccess}", $"{ReaderUser} >{ReaderPassword} {ReaderAccess}"]);

    public RedisPair Pair { get; } = RedisPair.Start(acl: Setup);

    /// <summary>Every password of the servers, for asserting that no run prints one.</summary>
    public static string[] Secrets => Setup.Secrets.ToArray();

    /// <summary>
    /// RBAC stack outputs as the stack exports them: authMode rbac, the users (the managed default
    /// user off, an IAM user the servers do not know) and, unless left out, their passwords.
    /// </summary>
    public string OutputsJson(IReadOnlyDictionary<string, string>? access = null, object? passwords = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["primaryEndpoint"] = RedisPair.PrimaryAddress,
            ["readerEndpoint"] = RedisPair.ReplicaAddress,
            ["port"] = Pair.Port,
            ["transitEncryption"] = false,
            ["authMode"] = "rbac",
            ["users"] = (access ?? new Dictionary<string, string> { [AppUser] = AppAccess, [ReaderUser] = ReaderAccess })
                .Select(u => KeyValuePair.Create(u.Key, new { access = u.Value, auth = "password" }))
                .Append(KeyValuePair.Create("default", new { access = "off -@all", auth = "password" }))
                .Append(KeyValuePair.Create("iam-app", new { access = "on ~* +@all", auth = "iam" }))
                .ToDictionary(u => u.Key, u => u.Value),
            ["userPasswords"] = passwords,
            ["replicationGroupId"] = "smoke-test",
        });

    public static Dictionary<string, string> AllPasswords => new() { [AppUser] = AppPassword, [ReaderUser] = ReaderPassword };

    public void Dispose() => Pair.Dispose();
}
