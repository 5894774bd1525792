namespace Smoke.Input;

/// <summary>The values of the authMode stack output (absent on stacks older than RBAC: the authToken output decides).</summary>
public static class AuthModes
{
    public const string Token = "token";
    public const string Rbac = "rbac";
    public const string None = "none";

    public static readonly IReadOnlyList<string> All = [Token, Rbac, None];
}
