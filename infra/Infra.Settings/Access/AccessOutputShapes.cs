namespace Infra.Settings;

/// <summary>
/// The shapes of the rbac-mode outputs the smoke test reads (DESIGN.md contract, agreed with the
/// smoke test's AccessOutputsParser): <c>users</c> is user name → { access, auth }, the default user
/// included; <c>userPasswords</c> is user name → current (first) password, password users only.
/// </summary>
public static class AccessOutputShapes
{
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Users(AccessSettings access) =>
        access.Users.ToDictionary(
            user => user.Name,
            user => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
            {
                ["access"] = user.AccessString,
                ["auth"] = user.AuthenticationName,
            },
            StringComparer.Ordinal);

    /// <summary>The passwords in plain text: hand them only to a secret-aware sink (a Pulumi secret).</summary>
    public static IReadOnlyDictionary<string, string> RevealedPasswords(AccessSettings access) =>
        access.Users
            .Where(user => user.Authentication == UserAuthentication.Password)
            .ToDictionary(user => user.Name, user => user.Passwords[0].Reveal(), StringComparer.Ordinal);
}
