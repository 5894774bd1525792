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

    /// <summary>How to start the program with <paramref name="args"/>, its streams redirected.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> args)
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

        return start;
    }

    public static async Task<SmokeRun> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = StartInfo(args);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return await BoundedProcess.RunAsync(start, Bound);
    }
}
