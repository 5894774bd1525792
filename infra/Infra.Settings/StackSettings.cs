namespace Infra.Settings;

/// <summary>
/// Everything the Pulumi program needs to know about one stack, validated and with every derived
/// decision already made. Built by <see cref="StackSettingsParser"/>; immutable.
/// </summary>
public sealed record StackSettings(
    string Project,
    string Stack,
    NetworkSettings Network,
    CacheSettings Cache,
    ClientSettings Client,
    VerificationSettings Verification,
    ResourceNames Names,
    IReadOnlyDictionary<string, string> Tags,
    SecurityBaseline Security,
    AccessSettings Access,
    RestoreSettings Restore,
    MonitoringSettings Monitoring)
{
    /// <summary>The monthly cost estimate at the reference region's list prices.</summary>
    public CostEstimate Cost => CostEstimator.For(this);

    /// <summary>
    /// What the stack program logs as warnings on every preview and up: deprecated settings (access)
    /// and an engine version at or near the end of ElastiCache standard support (<see cref="EngineSupport"/>).
    /// </summary>
    public IReadOnlyList<string> Warnings => [.. Access.Warnings, .. EngineSupport.Warnings(Cache.Engine, Cache.EngineVersion)];
}

/// <summary>Post-deploy verification (the smoke test run by `pulumi up`).</summary>
public sealed record VerificationSettings(bool VerifyOnUp);
