namespace Infra.Settings;

public static partial class SettingKeys
{
    public const string AuthMode = "authMode";
    public const string AuthEnabled = "authEnabled";
    public const string AuthToken = "authToken";
    public const string AuthTokenUpdateStrategy = "authTokenUpdateStrategy";
    public const string Users = "users";
    public const string UserPasswords = "userPasswords";

    /// <summary>The access area's keys: how clients authenticate.</summary>
    private static IReadOnlyList<SettingDefinition> AccessDefinitions() =>
    [
        new(AuthMode, SettingType.String,
            "How clients authenticate: token (one shared AUTH token), rbac (one ElastiCache user per application, in a user group) or none.",
            "token",
            "token, rbac (both need transitEncryption) or none",
            Replaces: AuthModeReplaces),
        new(AuthEnabled, SettingType.Boolean,
            "Deprecated alias of authMode: false means authMode none, true means token; remove it and set authMode instead.",
            null,
            "not set (preferred), or true or false, agreeing with authMode",
            Replaces: AuthModeReplaces),
        new(AuthToken, SettingType.String,
            "AUTH token clients send (authMode token); set it per stack with `pulumi config set --secret authToken` (it prompts; the stack file keeps only ciphertext).",
            null,
            AuthSecretRule.Text + "; required when authMode is token, not set otherwise",
            Secret: true,
            Deferrable: true),
        new(AuthTokenUpdateStrategy, SettingType.String,
            "What a changed authToken does: rotate keeps the old token valid next to the new one; set makes only the new one valid.",
            "rotate",
            "rotate or set (set when adding a token to a group that had none, and to retire the old token)"),
        new(Users, SettingType.Object,
            "ElastiCache users of authMode rbac: user name -> {access: <access string>, auth: password | iam}; the user named default is managed by the stack (off -@all) unless listed.",
            null,
            $"a map of at most {CacheUsers.MaxUsersPerGroup - 1} user names (1 to {CacheUsers.MaxNameLength} lowercase letters, digits and single hyphens, starting with a letter) to {{access, auth}}; the access string starts with on or off; only with authMode rbac"),
        new(UserPasswords, SettingType.Object,
            "Passwords of the auth: password users: user name -> password, or a list of two during rotation; set with `pulumi config set --secret --path 'userPasswords.<name>'`.",
            null,
            "a map of user name to one password or a list of two, each " + AuthSecretRule.Text,
            Secret: true,
            Deferrable: true),
    ];

    private const string AuthModeReplaces = "no (→ none is refused in place)";
}
