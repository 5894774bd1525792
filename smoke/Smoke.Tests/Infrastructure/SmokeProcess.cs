using System.Diagnostics;

namespace Smoke.Tests.Infrastructure;

/// <summary>
/// Runs the built program as its own process (`dotnet Smoke.dll ...`), as the post-deploy command
/// and operators do. Bounded: a run that outlives its bound is killed and the test fails.
/// </summary>
public static class SmokeProcess
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    /// <summary>The Smoke.dll built next to this test assembly (copied by the project reference).</summary>
    public static string ProgramPath
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "Smoke.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Smoke.dll not built next to the tests", path);
        }
    }

    public static async Task<SmokeRun> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ProgramPath);
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var bound = new CancellationTokenSource(Bound);
        try
        {
            await process.WaitForExitAsync(bound.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            throw new TimeoutException($"the program did not finish within {Bound.TotalSeconds} s");
        }

        return new SmokeRun(process.ExitCode, await output, await error, clock.Elapsed);
    }
}
