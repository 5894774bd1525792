using System.Diagnostics;
using Smoke.Cli;

namespace Smoke.Tests.Infrastructure;

/// <summary>
/// Runs the program in-process through its entry method with captured streams and a private
/// environment, and asserts on every run that no secret given to it shows up in what it wrote.
/// </summary>
public static class SmokeProgram
{
    public static async Task<SmokeRun> RunAsync(
        IEnumerable<string> args,
        IReadOnlyDictionary<string, string>? environment = null,
        string? standardInput = null,
        params string[] secrets)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(
            new StringReader(standardInput ?? ""),
            output,
            error,
            name => environment is not null && environment.TryGetValue(name, out var value) ? value : null);
        var clock = Stopwatch.StartNew();
        var exitCode = await SmokeCli.RunAsync(args.ToList(), context);
        var run = new SmokeRun(exitCode, output.ToString(), error.ToString(), clock.Elapsed);
        AssertNoSecret(run, secrets.Append(TlsPairFixture.Token));
        return run;
    }

    public static void AssertNoSecret(SmokeRun run, IEnumerable<string> secrets)
    {
        foreach (var secret in secrets.Where(s => s.Length > 0))
        {
            Assert.DoesNotContain(secret, run.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, run.Error, StringComparison.Ordinal);
        }
    }
}
