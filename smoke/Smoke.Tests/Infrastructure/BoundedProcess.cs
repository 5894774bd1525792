using System.Diagnostics;

namespace Smoke.Tests.Infrastructure;

/// <summary>Runs a process to its end with its streams captured; one that outlives its bound is killed and the test fails.</summary>
public static class BoundedProcess
{
    public static async Task<SmokeRun> RunAsync(ProcessStartInfo start, TimeSpan bound)
    {
        ArgumentNullException.ThrowIfNull(start);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start");
        if (start.RedirectStandardInput)
        {
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(bound);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            throw new TimeoutException($"{start.FileName} did not finish within {bound.TotalSeconds} s");
        }

        return new SmokeRun(process.ExitCode, await output, await error, clock.Elapsed);
    }
}
