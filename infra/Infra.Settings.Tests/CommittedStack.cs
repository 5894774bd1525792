namespace Infra.Settings.Tests;

/// <summary>
/// A stack file of this repository as <c>pulumi up</c> would read it. The files carry no authToken
/// (only the Pulumi CLI can write its <c>secure:</c> ciphertext), so it is supplied exactly as a
/// <c>secure:</c> value reaches the parser offline: the encrypted marker, present, content unchecked.
/// Also compiled into Check.Tests.
/// </summary>
internal static class CommittedStack
{
    private const string Project = "elasticache-redis";

    /// <summary>The file's config with the authToken present as an encrypted value.</summary>
    public static Dictionary<string, string> WithToken(StackFile file) =>
        new(file.Config) { [SettingKeys.AuthToken] = StackFile.EncryptedValueMarker };

    /// <summary>Loads the file (relative to the repository root) and parses it with the token in place.</summary>
    public static StackSettings Parse(string relativePath)
    {
        var file = StackFile.Load(RepositoryRoot.File(relativePath), Project);
        return StackSettingsParser.Parse(Project, file.Stack, WithToken(file), acceptEncryptedSecrets: true);
    }
}
