using System.CommandLine;
using System.CommandLine.Invocation;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Smoke.Checks;
using Smoke.Reporting;
using Smoke.Ssm;

namespace Smoke.Cli;

/// <summary>
/// The program's entry: parse, read the outputs, resolve the target, run the checks, report, and
/// map the outcome to an exit code. Tests call <see cref="RunAsync"/> with their own context.
/// </summary>
public static class SmokeCli
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = SmokeCommands.Root(context).Parse(args);
        if (result.Errors.Count > 0 && result.Action is not CommandLineAction { ClearsParseErrors: true })
        {
            // The flags did not parse, so --json counts wherever it stands.
            return BadInput(new UsageException(ParseProblems.From(result)), context, json: args.Contains("--json"));
        }

        var invocation = new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
            // Ctrl+C is ours (CliContext.Interrupt): the library must not end the run on its own timer.
            ProcessTerminationTimeout = null,
        };
        return await result.InvokeAsync(invocation, context.Interrupt).ConfigureAwait(false);
    }

    /// <summary>`smoke [check]`: the options are bound and checked, then the outputs read and the checks run.</summary>
    internal static async Task<int> CheckAsync(Func<CheckOptions> bind, bool json, CliContext context)
    {
        var started = Stopwatch.StartNew();
        CheckOptions options;
        try
        {
            options = bind();
        }
        catch (UsageException e)
        {
            return BadInput(e, context, json);
        }

        return await CheckAsync(options, context, started).ConfigureAwait(false);
    }

    private static async Task<int> CheckAsync(CheckOptions options, CliContext context, Stopwatch started)
    {
        TargetInput input;
        try
        {
            input = await TargetInput.ResolveAsync(options.Target, context, options.OverallTimeout).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            return BadInput(e, context, options.Json);
        }

        var (target, tunnelRequest) = input;
        try
        {
            return await CheckAsync(target, tunnelRequest, options, context, started).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            return Unexpected(e, target, context);
        }
    }

    private static async Task<int> CheckAsync(
        Connection.SmokeTarget target, SsmTunnelRequest? tunnelRequest, CheckOptions options, CliContext context, Stopwatch started)
    {
        SmokeReport report;
        if (tunnelRequest is null)
        {
            report = await new SmokeCheckRun(target, options.ReplicationTimeout, options.OverallTimeout - started.Elapsed).RunAsync(context.Interrupt).ConfigureAwait(false);
        }
        else
        {
            // The tunnels get their own bound (--ssm-timeout); the checks then get the whole --timeout.
            var opening = Stopwatch.StartNew();
            SsmTunnels tunnels;
            try
            {
                tunnels = await SsmTunnels.OpenAsync(tunnelRequest, context.Interrupt).ConfigureAwait(false);
            }
            catch (SsmTunnelException e)
            {
                report = TunnelFailure(target, e, opening.Elapsed);
                return WriteReport(report, options, context);
            }
            catch (OperationCanceledException) when (context.Interrupt.IsCancellationRequested)
            {
                return Interrupted(context);
            }

            // Ctrl+C ends the checks and then the sessions (below); a signal that ends the process
            // at once (SIGTERM, SIGHUP, SIGQUIT, a second Ctrl+C) ends the sessions first. Registered
            // before the sessions' disposal starts, so a second Ctrl+C during it is covered too.
            using var lastResort = ConsoleInterrupt.OnProcessEnd(tunnels.Stop, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT);
            await using (tunnels)
            {
                report = await new SmokeCheckRun(SsmRoute.Reroute(target, tunnels), options.ReplicationTimeout, options.OverallTimeout).RunAsync(context.Interrupt).ConfigureAwait(false);
            }
        }

        return WriteReport(report, options, context);
    }

    private static SmokeReport TunnelFailure(Connection.SmokeTarget target, SsmTunnelException error, TimeSpan duration) =>
        new(target, [new CheckResult(CheckNames.SsmTunnel, null, CheckStatus.Failed, duration, error.Message, Hints.SsmTunnel)], duration);

    private static int WriteReport(SmokeReport report, CheckOptions options, CliContext context)
    {
        if (context.Interrupt.IsCancellationRequested)
        {
            // Checks cut short by Ctrl+C prove nothing either way: no report, no hints.
            return Interrupted(context);
        }

        var exitCode = report.Passed ? ExitCodes.Passed : ExitCodes.CheckFailed;
        if (options.Json)
        {
            JsonReport.Write(report, exitCode, context.Out);
        }
        else
        {
            TableReport.Write(report, context.Out);
        }

        return exitCode;
    }

    /// <summary>
    /// A failure no check anticipated (a bug, or a library throwing what it never threw before):
    /// reported with its stack for the bug report, but with the token removed, and exit code 1,
    /// instead of the runtime's unhandled-exception dump, which would print the text unredacted.
    /// </summary>
    internal static int Unexpected(Exception error, Connection.SmokeTarget target, CliContext context)
    {
        context.Error.WriteLine($"smoke: unexpected error (please report it): {target.Redact(error.ToString())}");
        return ExitCodes.CheckFailed;
    }

    /// <summary>Ctrl+C: said once, on standard error; the caller has cleaned up.</summary>
    internal static int Interrupted(CliContext context)
    {
        context.Error.WriteLine("smoke: interrupted (Ctrl+C); stopped and cleaned up");
        return ExitCodes.Interrupted;
    }

    internal static int BadInput(UsageException e, CliContext context, bool json)
    {
        if (json)
        {
            UsageErrorJson.Write(e, context.Out);
        }

        foreach (var problem in e.Problems)
        {
            context.Error.WriteLine($"smoke: error: {problem}");
        }

        context.Error.WriteLine("smoke: nothing was connected to (exit code 2); see --help");
        return ExitCodes.BadInput;
    }
}
