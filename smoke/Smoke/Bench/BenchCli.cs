using System.Runtime.InteropServices;
using Smoke.Cli;
using Smoke.Ssm;

namespace Smoke.Bench;

/// <summary>
/// `smoke bench`: resolves the target exactly as the smoke check does, runs the probe, prints the
/// table (or JSON) on standard output and progress on standard error, and maps the outcome to
/// the exit code. The first Ctrl+C stops the load, cleans up and reports the figures so far (exit
/// 130); a second one ends the process at once (the keys then expire by their TTL).
/// </summary>
public static class BenchCli
{
    private static readonly TimeSpan InputBound = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(BenchCliOptions options, CliContext context, CancellationToken interrupt = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        TargetInput input;
        try
        {
            input = await TargetInput.ResolveAsync(options.Target, context, InputBound).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            return SmokeCli.BadInput(e, context, options.Json);
        }

        if (input.Tunnels is null)
        {
            return await RunAsync(input.Target, options, context, interrupt).ConfigureAwait(false);
        }

        SsmTunnels opened;
        try
        {
            opened = await SsmTunnels.OpenAsync(input.Tunnels, interrupt).ConfigureAwait(false);
        }
        catch (SsmTunnelException e)
        {
            await context.Error.WriteLineAsync($"smoke bench: {e.Message}").ConfigureAwait(false);
            return ExitCodes.CheckFailed;
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            return SmokeCli.Interrupted(context);
        }
        catch (Exception unexpected)
        {
            return SmokeCli.Unexpected(unexpected, input.Target, context);
        }

        // Ctrl+C is the probe's own (stop the load, clean up through the tunnels); the signals that
        // end the process at once, and a second Ctrl+C, end the sessions first. Registered before the
        // sessions' disposal starts, so they cover it too.
        using var lastResort = ConsoleInterrupt.OnProcessEnd(opened.Stop, PosixSignal.SIGTERM, PosixSignal.SIGHUP);
        await using (opened)
        {
            return await RunAsync(SsmRoute.Reroute(input.Target, opened), options, context, interrupt).ConfigureAwait(false);
        }
    }

    private static async Task<int> RunAsync(Connection.SmokeTarget target, BenchCliOptions options, CliContext context, CancellationToken interrupt)
    {
        var interactive = ReferenceEquals(context.Error, Console.Error) && !Console.IsErrorRedirected;
        try
        {
            var plan = BenchPlan.Create(target, options.Workload);
            var runner = new BenchRunner(plan, new ProgressLine(context.Error, interactive));
            var report = await Task.Run(() => runner.Run(interrupt), CancellationToken.None).ConfigureAwait(false);
            await context.Out.WriteLineAsync(options.Json ? BenchReportWriter.Json(report) : BenchReportWriter.Table(report)).ConfigureAwait(false);
            return report.ExitCode;
        }
        catch (BenchException refused)
        {
            await context.Error.WriteLineAsync($"smoke bench: {target.Redact(refused.Message)}").ConfigureAwait(false);
            return refused.ExitCode;
        }
        catch (Exception unexpected)
        {
            return SmokeCli.Unexpected(unexpected, target, context);
        }
    }
}
