using System.Text.Json;
using Infra.Settings;
using Pulumi;
using Pulumi.Testing;

namespace Infra.Tests;

/// <summary>Runs the Pulumi program in-process against <see cref="MockCloud"/> with a given stack config.</summary>
internal static class StackRun
{
    public const string Project = "elasticache-redis";

    public static async Task<StackRunResult> RunAsync(string stack, IReadOnlyDictionary<string, string> config, MockCloud? cloud = null)
    {
        cloud ??= new MockCloud();
        var settings = StackSettingsParser.Parse(Project, stack, config);
        var mocks = cloud.CreateMocks();
        await RunProgramAsync(stack, config, mocks.Object);
        var outputs = RecordingStack.ProgramOutputs
            ?? throw new InvalidOperationException("The program returned no outputs.");
        return new StackRunResult(settings, cloud.Registrations, cloud.Calls, RecordingStack.Declared, outputs);
    }

    /// <summary>Runs the program only; throws what the deployment reported (e.g. invalid config).</summary>
    public static async Task RunProgramAsync(string stack, IReadOnlyDictionary<string, string> config, IMocks mocks)
    {
        RecordingStack.Reset();
        // The CLI hands a program its config as PULUMI_CONFIG: a JSON object of "<project>:<key>" to
        // text (structured values as JSON text), plus the list of secret keys.
        var pulumiConfig = config.ToDictionary(entry => $"{Project}:{entry.Key}", entry => entry.Value);
        Environment.SetEnvironmentVariable("PULUMI_CONFIG", JsonSerializer.Serialize(pulumiConfig));
        Environment.SetEnvironmentVariable("PULUMI_CONFIG_SECRET_KEYS", JsonSerializer.Serialize(new[] { $"{Project}:authToken", $"{Project}:userPasswords" }));
        try
        {
            await Deployment.TestAsync<RecordingStack>(mocks, new TestOptions
            {
                IsPreview = false,
                ProjectName = Project,
                StackName = stack,
            });
        }
        finally
        {
            Environment.SetEnvironmentVariable("PULUMI_CONFIG", null);
            Environment.SetEnvironmentVariable("PULUMI_CONFIG_SECRET_KEYS", null);
        }
    }
}
