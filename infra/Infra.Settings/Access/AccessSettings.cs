namespace Infra.Settings;

public enum AccessMode
{
    Token,
    Rbac,
    None,
}

public enum UserAuthentication
{
    Password,
    Iam,
}

/// <summary>One ElastiCache user of authMode rbac.</summary>
/// <param name="Name">The user name clients send with <c>AUTH &lt;name&gt; &lt;password&gt;</c> (the key in <c>users</c>).</param>
/// <param name="UserId">ElastiCache's id of the user, unique per account and region.</param>
/// <param name="Passwords">One or two; empty for IAM users. The first is the current one.</param>
/// <param name="ManagedByStack">The <c>default</c> user the stack adds when <c>users</c> does not list it.</param>
public sealed record CacheUser(
    string Name,
    string UserId,
    string AccessString,
    UserAuthentication Authentication,
    IReadOnlyList<SecretValue> Passwords,
    bool ManagedByStack)
{
    /// <summary>The authentication as the <c>users</c> output and ElastiCache's AuthenticationMode spell it.</summary>
    public string AuthenticationName => Authentication == UserAuthentication.Iam ? "iam" : "password";
}

/// <summary>How clients authenticate, and the AWS objects that follow from it.</summary>
/// <param name="AuthToken">authMode token only.</param>
/// <param name="AuthTokenUpdateStrategy">
/// What the replication group's <c>AuthTokenUpdateStrategy</c> input is: <c>ROTATE</c> or <c>SET</c> in
/// token mode, <c>DELETE</c> in rbac mode (the provider sends it with <c>UserGroupIdsToAdd</c>, which is
/// AWS's in-place AUTH → RBAC migration), null in none mode.
/// </param>
/// <param name="Users">authMode rbac only, the <c>default</c> user first.</param>
/// <param name="UserGroupId">authMode rbac only.</param>
/// <param name="UserEngine">Engine of the users and the user group: always redis, which both engines accept (AccessSettingsReader.UserEngine).</param>
/// <param name="Warnings">Deprecations to show on every run (e.g. authEnabled).</param>
public sealed record AccessSettings(
    AccessMode Mode,
    SecretValue? AuthToken,
    string? AuthTokenUpdateStrategy,
    IReadOnlyList<CacheUser> Users,
    string? UserGroupId,
    string UserEngine,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The mode as the <c>authMode</c> setting and output spell it.</summary>
    public string ModeName => Mode.ToString().ToLowerInvariant();
}
