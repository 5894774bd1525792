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
    AccessSettings Access);

/// <summary>Post-deploy verification (the smoke test run by `pulumi up`).</summary>
public sealed record VerificationSettings(bool VerifyOnUp);
