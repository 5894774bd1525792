namespace Smoke.Input;

/// <summary>One entry of the users stack output: an ElastiCache user, its access string and how it authenticates.</summary>
public sealed record StackUser(string Name, string Access, string Auth)
{
    public const string PasswordAuth = "password";
    public const string IamAuth = "iam";

    public bool UsesPassword => Auth == PasswordAuth;
}
