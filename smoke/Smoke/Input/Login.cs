using Smoke.Connection;

namespace Smoke.Input;

/// <summary>How the check authenticates: no AUTH, the group's token, or a user and its password.</summary>
/// <param name="User">The ElastiCache user (AUTH user password); null for the token or no AUTH.</param>
/// <param name="Secret">The token or the user's password; null when AUTH is off.</param>
/// <param name="Picked">Why the user was chosen, when the check picked it from the users output.</param>
public sealed record Login(string? User, AuthToken? Secret, string? Picked = null)
{
    public static Login None { get; } = new(null, null);
}
