using static Infra.Settings.SettingKeys;

namespace Infra.Settings;

/// <summary>Reads the access area's keys: the auth mode, the AUTH token and its update strategy, the users.</summary>
internal static class AccessSettingsReader
{
    /// <summary>
    /// The engine of the users and the user group, whatever the cache's engine. ElastiCache user guide,
    /// "Role-Based Access Control (RBAC)": a Valkey cluster accepts user groups of engine VALKEY and
    /// REDIS, a Redis OSS cluster only REDIS. So REDIS users work on both, and a redis -> valkey upgrade
    /// (or a valkey -> redis replacement) never touches them: no engine change on a user group whose id
    /// is fixed and which the replication group holds (the provider's user_group.go has marked
    /// <c>engine</c> ForceNew, which would make the replacement collide with itself).
    /// </summary>
    public const string UserEngine = "redis";

    public static AccessSettings Read(ConfigReader reader, CacheSettings cache, ResourceNames names)
    {
        var warnings = new List<string>();
        var mode = ReadMode(reader, warnings);
        if (mode != AccessMode.None && !cache.TransitEncryption)
        {
            const string needsTls = "token or rbac only with transitEncryption true (ElastiCache accepts an AUTH token and user passwords only over TLS); set authMode to none or transitEncryption to true";
            if (reader.IsSet(AuthEnabled))
            {
                // The mode came from the deprecated alias: show what it resolved to.
                reader.Problem(AuthMode, ConfigReader.Quote(mode.ToString().ToLowerInvariant()), needsTls);
            }
            else
            {
                reader.Problem(AuthMode, needsTls);
            }
        }

        if (mode != AccessMode.None && cache.TransitEncryptionMode == "preferred")
        {
            // AWS refuses the combination: "Transit encryption preferred is not supported with redis
            // access control" (CreateReplicationGroup / ModifyReplicationGroup, InvalidParameterCombination).
            // TLS is switched on or off in place only while authMode is none (docs/engines-and-upgrades.md).
            reader.Problem(TransitEncryptionMode, ConfigReader.Quote("preferred"),
                $"required while authMode is {mode.ToString().ToLowerInvariant()}: ElastiCache refuses transit encryption preferred together with AUTH or user groups; "
                + "switch TLS on with authMode none, then turn on AUTH");
        }

        if (mode != AccessMode.Token && reader.IsSet(AuthToken))
        {
            reader.Problem(AuthToken, $"not set when authMode is {mode.ToString().ToLowerInvariant()} (remove it: pulumi config rm authToken)");
        }

        if (mode != AccessMode.Rbac)
        {
            foreach (var key in new[] { Users, UserPasswords }.Where(reader.IsSet))
            {
                reader.Problem(key, $"not set unless authMode is rbac (remove it: pulumi config rm {key})");
            }
        }

        var strategy = ReadUpdateStrategy(reader);
        return mode switch
        {
            AccessMode.Token => new AccessSettings(mode, ReadAuthToken(reader), strategy, [], null, UserEngine, warnings),
            // DELETE with user groups and no token is how the provider migrates a token group to RBAC
            // in place (replication_group.go: UserGroupIdsToAdd with AuthTokenUpdateStrategy DELETE).
            AccessMode.Rbac => new AccessSettings(mode, null, "DELETE", CacheUsers.Read(reader, cache, names), $"{names.ReplicationGroupId}-users", UserEngine, warnings),
            _ => new AccessSettings(mode, null, null, [], null, UserEngine, warnings),
        };
    }

    private static AccessMode ReadMode(ConfigReader reader, List<string> warnings)
    {
        AccessMode mode;
        switch (reader.Text(AuthMode).Trim())
        {
            case "token":
                mode = AccessMode.Token;
                break;
            case "rbac":
                mode = AccessMode.Rbac;
                break;
            case "none":
                mode = AccessMode.None;
                break;
            default:
                reader.Problem(AuthMode, ConfigReader.Allowed(AuthMode));
                return AccessMode.Token;
        }

        if (!reader.IsSet(AuthEnabled))
        {
            return mode;
        }

        // authEnabled is kept as an alias. Pulumi.yaml gives authMode the default token, so a stack
        // that only says authEnabled: false arrives here with authMode token: that means none.
        if (!bool.TryParse(reader.Text(AuthEnabled).Trim(), out var enabled))
        {
            reader.Problem(AuthEnabled, ConfigReader.Allowed(AuthEnabled));
            return mode;
        }

        if (!enabled && mode == AccessMode.Rbac || enabled && mode == AccessMode.None)
        {
            reader.Problem(AuthEnabled, $"not set together with authMode {mode.ToString().ToLowerInvariant()} (authEnabled is deprecated: remove it with pulumi config rm authEnabled)");
            return mode;
        }

        var replacement = enabled ? mode : AccessMode.None;
        warnings.Add($"authEnabled is deprecated: replace it with authMode {replacement.ToString().ToLowerInvariant()} "
            + $"(pulumi config rm authEnabled && pulumi config set authMode {replacement.ToString().ToLowerInvariant()}).");
        return replacement;
    }

    private static string ReadUpdateStrategy(ConfigReader reader)
    {
        switch (reader.Text(AuthTokenUpdateStrategy).Trim())
        {
            case "rotate":
                return "ROTATE";
            case "set":
                return "SET";
            default:
                reader.Problem(AuthTokenUpdateStrategy, ConfigReader.Allowed(AuthTokenUpdateStrategy));
                return "ROTATE";
        }
    }

    private static SecretValue? ReadAuthToken(ConfigReader reader)
    {
        if (!reader.IsSet(AuthToken))
        {
            reader.Problem(AuthToken, $"a token when authMode is token ({AuthSecretRule.Text}); set it with: pulumi config set --secret authToken (it prompts for the value)");
            return null;
        }

        var token = reader.Text(AuthToken);
        if (reader.IsDeferred(AuthToken))
        {
            return new SecretValue(token);
        }

        if (AuthSecretRule.Broken(token) is { } broken)
        {
            reader.Problem(AuthToken, $"{AuthSecretRule.Text} (the token {broken})");
        }

        return new SecretValue(token);
    }
}
