using System.Diagnostics;
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
        if (args.Count > 0 && args[0] == Failover.FailoverCommand.Name)
        {
            // The failover drill parses its own flags (System.CommandLine); it joins the root command when that moves too.
            return await Failover.FailoverCli.RunAsync(args.Skip(1).ToList(), context).ConfigureAwait(false);
        }

        if (args.Count > 0 && args[0] == Local.LocalCommandLine.Subcommand && args.Contains("--failover"))
        {
            // `smoke local --failover [flags]` is `smoke failover --local [flags]`.
            return await Failover.FailoverCli.RunAsync(["--local", .. args.Skip(1).Where(a => a != "--failover")], context).ConfigureAwait(false);
        }

        var started = Stopwatch.StartNew();
        ParsedCommand command;
        try
        {
            command = CommandLine.Parse(args);
        }
        catch (UsageException e)
        {
            // The flags did not parse, so --json counts wherever it stands.
            return BadInput(e, context, json: args.Contains("--json"));
        }

        switch (command)
        {
            case HelpCommand:
                await context.Out.WriteLineAsync(CommandLine.Usage).ConfigureAwait(false);
                return ExitCodes.Passed;
            case Bench.BenchHelpCommand:
                await context.Out.WriteLineAsync(Bench.BenchCommandLine.Usage).ConfigureAwait(false);
                return ExitCodes.Passed;
            case Bench.BenchCommand bench:
                return await Bench.BenchCli.RunAsync(bench.Options, context).ConfigureAwait(false);
            case Local.LocalHelpCommand:
                await context.Out.WriteLineAsync(Local.LocalCommandLine.Usage).ConfigureAwait(false);
                return ExitCodes.Passed;
            case Local.LocalCommand local:
                return await Local.LocalCli.RunAsync(local.Options, context).ConfigureAwait(false);
            case CheckCommand check:
                return await CheckAsync(check.Options, context, started).ConfigureAwait(false);
            default:
                throw new UnreachableException($"no handler for {command.GetType().Name}");
        }
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
            report = await new SmokeCheckRun(target, options.ReplicationTimeout, options.OverallTimeout - started.Elapsed).RunAsync().ConfigureAwait(false);
        }
        else
        {
            // The tunnels get their own bound (--ssm-timeout); the checks then get the whole --timeout.
            var opening = Stopwatch.StartNew();
            SsmTunnels tunnels;
            try
            {
                tunnels = await SsmTunnels.OpenAsync(tunnelRequest, CancellationToken.None).ConfigureAwait(false);
            }
            catch (SsmTunnelException e)
            {
                report = TunnelFailure(target, e, opening.Elapsed);
                return WriteReport(report, options, context);
            }

            await using (tunnels)
            {
                // The checks cannot be interrupted half-way: a signal ends the process, the sessions first.
                using var stopOnSignals = tunnels.StopOnSignals(SsmTunnels.TerminatingSignals);
                report = await new SmokeCheckRun(SsmRoute.Reroute(target, tunnels), options.ReplicationTimeout, options.OverallTimeout).RunAsync().ConfigureAwait(false);
            }
        }

        return WriteReport(report, options, context);
    }

    private static SmokeReport TunnelFailure(Connection.SmokeTarget target, SsmTunnelException error, TimeSpan duration) =>
        new(target, [new CheckResult(CheckNames.SsmTunnel, null, CheckStatus.Failed, duration, error.Message, Hints.SsmTunnel)], duration);

    private static int WriteReport(SmokeReport report, CheckOptions options, CliContext context)
    {
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
