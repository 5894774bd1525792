using Infra.Settings;

namespace ElastiCacheRedis;

/// <summary>
/// Where verifyOnUp finds the smoke program: in a checkout of this repository, whose Pulumi project
/// root holds <c>smoke/Smoke</c>. A program elsewhere (a consumer of the package, in any language,
/// served through the provider) has no smoke program beside it, so the component refuses
/// verifyOnUp there and says how to run the smoke test instead.
/// </summary>
internal static class SmokeProgram
{
    public const string ProjectFile = "Smoke.csproj";

    /// <summary>The checkout root (the Pulumi project root holding the smoke project), or null when the program runs elsewhere.</summary>
    public static string? CheckoutRoot(string startDirectory) =>
        PulumiProjectRoot.TryFind(startDirectory) is { } root
        && File.Exists(Path.Combine(root, SmokeCommandLine.SmokeProjectPath, ProjectFile))
            ? root
            : null;

    /// <summary>The problem to report when verifyOnUp is asked for where no smoke program is found; null otherwise.</summary>
    public static SettingProblem? Problem(bool? verifyOnUp, string startDirectory) =>
        verifyOnUp == true && CheckoutRoot(startDirectory) is null
            ? new SettingProblem(
                SettingKeys.VerifyOnUp,
                "true",
                $"true only when the program runs from a checkout of this repository ({SmokeCommandLine.SmokeProjectPath}/{ProjectFile} under "
                    + $"the Pulumi project root; none found from {startDirectory}); set it false and, after pulumi up, export the Cache's "
                    + "outputs under their own names and run the smoke test from a checkout: "
                    + "dotnet run --project smoke/Smoke -- --stack <your stack> --via-ssm (docs/smoke-test.md)")
            : null;
}
