using Infra.Settings;

namespace Check;

/// <summary>What a reviewer wants to know about a valid stack, with no secret in it.</summary>
internal sealed record StackSummary(
    string Project,
    string Stack,
    string Engine,
    string EngineVersion,
    string NodeType,
    int Replicas,
    int Zones,
    IReadOnlyList<string> ZoneNames,
    bool MultiAz,
    bool AutomaticFailover,
    string Network,
    IReadOnlyList<string> AllowedSources,
    string AuthMode,
    string Credentials,
    IReadOnlyList<SecurityControlResult> Security,
    CostEstimate Cost)
{
    public static StackSummary For(StackSettings settings, bool authTokenInFile)
    {
        var cache = settings.Cache;
        var network = settings.Network;
        return new StackSummary(
            settings.Project,
            settings.Stack,
            cache.EngineName,
            cache.EngineVersion,
            cache.NodeType,
            cache.Replicas,
            network.AvailabilityZoneCount,
            network.AvailabilityZoneNames,
            cache.MultiAz,
            cache.AutomaticFailover,
            network.ExistingVpc is { } existing
                ? $"existing VPC {existing.VpcId}, cache subnets {string.Join(", ", existing.CacheSubnetIds)}"
                : $"created VPC {network.VpcCidr}, private subnets only",
            [.. network.AllowedSecurityGroupIds, .. network.AllowedCidrBlocks],
            settings.Access.ModeName,
            CredentialsOf(settings, authTokenInFile),
            SecurityControls.Evaluate(settings),
            settings.Cost);
    }

    /// <summary>Where the credentials come from; never their values.</summary>
    private static string CredentialsOf(StackSettings settings, bool authTokenInFile) => settings.Access.Mode switch
    {
        Infra.Settings.AccessMode.Token => authTokenInFile ? "AUTH token set (encrypted in the stack file)" : "AUTH token not in the file yet",
        Infra.Settings.AccessMode.Rbac => "users " + string.Join(", ", settings.Access.Users.Select(user => $"{user.Name} ({user.AuthenticationName})")),
        _ => "none",
    };
}
