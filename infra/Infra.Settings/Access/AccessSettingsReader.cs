
using static Infra.Settings.SettingKeys;

namespace Infra.Settings;

/// <summary>Reads the access area's keys: whether clients authenticate, and the AUTH token.</summary>
internal static class AccessSettingsReader
{
    public static SecretValue? ReadAuthToken(ConfigReader reader, bool transitEncryption)
    {
        var authEnabled = reader.Boolean(AuthEnabled);
        if (!authEnabled)
        {
            if (reader.IsSet(AuthToken))
            {
                reader.Problem(AuthToken, "not set when authEnabled is false (remove it: pulumi config rm authToken)");
            }

            return null;
        }

        if (!transitEncryption)
        {
            reader.Problem(AuthEnabled, "true only with transitEncryption true (ElastiCache accepts an AUTH token only over TLS); set authEnabled to false or transitEncryption to true");
        }

        if (!reader.IsSet(AuthToken))
        {
            reader.Problem(AuthToken, ConfigReader.Allowed(AuthToken) + "; set it with: pulumi config set --secret authToken (it prompts for the value)");
            return null;
        }

        var token = reader.Text(AuthToken);
        if (reader.IsEncryptedMarker(AuthToken))
        {
            return new SecretValue(token);
        }

        var broken = AuthTokenRuleBroken(token);
        if (broken is not null)
        {
            reader.Problem(AuthToken, ConfigReader.Allowed(AuthToken) + $" (the token {broken})");
        }

        return new SecretValue(token);
    }

    /// <summary>Which rule the token breaks, in words that do not reveal it; null when it is acceptable.</summary>
    internal static string? AuthTokenRuleBroken(string token)
    {
        if (token.Length < 16)
        {
            return "is shorter than 16 characters";
        }

        if (token.Length > 128)
        {
            return "is longer than 128 characters";
        }

        if (token.Any(c => c is <= ' ' or > '~'))
        {
            return "contains a space, a control character or a non-ASCII character";
        }

        return token.Any(c => c is '"' or '/' or '@') ? "contains \", / or @" : null;
    }
}
