using System.Diagnostics;
using System.Text.Json;
using Smoke.Cli;

namespace Smoke.Tests.Bench;

/// <summary>Runs `smoke bench ...` in-process with captured output, bounded so a hang fails the test instead of freezing it.</summary>
internal static class BenchProgram
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    public static Task<BenchOutcome> RunAsync(params string[] arguments) =>
        RunAsync(new Dictionary<string, string>(), arguments);

    /// <param name="environment">The only environment variables the program sees (AUTH tokens).</param>
    public static async Task<BenchOutcome> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(TextReader.Null, TextWriter.Synchronized(output), TextWriter.Synchronized(error), name => environment.GetValueOrDefault(name));
        var clock = Stopwatch.StartNew();
        var exitCode = await SmokeCli.RunAsync(["bench", .. arguments], context).WaitAsync(Bound);
        return new BenchOutcome(exitCode, output.ToString(), error.ToString(), clock.Elapsed);
    }
}

/// <summary>What one in-process run printed and returned.</summary>
internal sealed record BenchOutcome(int ExitCode, string Output, string Error, TimeSpan Took)
{
    public JsonElement Json => JsonDocument.Parse(Output).RootElement;

    public IEnumerable<JsonElement> Operations => Json.GetProperty("operations").EnumerateArray();
}
