using System.Runtime.InteropServices;
using Smoke.Cli;
using Smoke.Connection;
using Smoke.Input;
using Smoke.Local;
using Smoke.Ssm;

namespace Smoke.Failover;

/// <summary>
/// `smoke failover`: resolves the target as check and bench do (or starts the local site with
/// --local), refuses a group that cannot fail over, asks for confirmation, runs the drill, prints
/// the report and maps it to the exit code. Ctrl+C stops the drill, deletes its keys, says
/// "interrupted" once and exits 130; a second Ctrl+C ends the process at once, after the local pair or the SSM sessions are stopped
/// (keys left behind expire by their TTL).
/// </summary>
internal static class FailoverCli
{
    private static readonly TimeSpan InputBound = TimeSpan.FromSeconds(30);

    /// <summary>Binds the options (bad input: exit 2, nothing started), then runs the drill until done or Ctrl+C (<see cref="CliContext.Interrupt"/>).</summary>
    public static async Task<int> RunAsync(Func<FailoverOptions> bind, bool json, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(bind);
        ArgumentNullException.ThrowIfNull(context);
        FailoverOptions options;
        try
        {
            options = bind();
        }
        catch (UsageException e)
        {
            return SmokeCli.BadInput(e, context, json);
        }

        return options.Local
            ? await LocalAsync(options, context, context.Interrupt).ConfigureAwait(false)
            : await AwsAsync(options, context, context.Interrupt).ConfigureAwait(false);
    }

    private static async Task<int> LocalAsync(FailoverOptions options, CliContext context, CancellationToken cancellation)
    {
        var executable = LocalCli.FindServer(context);
        if (executable is null)
        {
            return SmokeCli.BadInput(LocalCli.NoServer("smoke failover --local"), context, options.Json);
        }

        LocalFailoverSite site;
        try
        {
            site = LocalFailoverSite.Start(executable, new ConnectionTimeouts(options.Target.ConnectTimeout, options.Target.CommandTimeout));
        }
        catch (InvalidOperationException e)
        {
            await context.Error.WriteLineAsync($"smoke failover --local: could not start the throwaway pair: {e.Message}").ConfigureAwait(false);
            return ExitCodes.CheckFailed;
        }

        // Ctrl+C stops the drill, which deletes its keys on the live pair; the pair goes last. Kill,
        // hang-up, quit and a second Ctrl+C end the process at once: the servers and files go first.
        // These stay registered until the site is gone (the pair's Dispose is locked and idempotent),
        // so a signal during the site's own disposal still finds them.
        using var lastResort = ConsoleInterrupt.OnProcessEnd(site.Pair.Dispose, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT);
        using (site)
        {
            await context.Error.WriteLineAsync(
                $"smoke failover --local: primary node {site.FirstNode} (pid {site.Pair.First.ProcessId}), replica node {site.SecondNode} (pid {site.Pair.Second.ProcessId}), "
                + $"primary endpoint {site.Target.Primary.Address}, reader endpoint {site.Target.Reader.Address}, files in {site.Pair.Directory}").ConfigureAwait(false);
            var trigger = new LocalFailoverTrigger(site) { Freeze = options.Freeze };
            return await DrillAsync(site.Target, trigger, options, context, cancellation).ConfigureAwait(false);
        }
    }

    private static async Task<int> AwsAsync(FailoverOptions options, CliContext context, CancellationToken cancellation)
    {
        SmokeTarget target;
        SsmTunnelRequest? tunnelRequest;
        AwsFailoverTrigger trigger;
        try
        {
            using var deadline = new CancellationTokenSource(InputBound);
            var outputs = await StackOutputsSource.ReadAsync(options.Target, context, deadline.Token).ConfigureAwait(false);
            target = TargetResolver.Resolve(options.Target, outputs, context.GetEnvironmentVariable);
            tunnelRequest = SsmRoute.Plan(options.Target, outputs, target, context.GetEnvironmentVariable);
            if (target.Replicas == 0)
            {
                throw new UsageException($"refused: the stack has no replica ({StackOutputs.ReplicasKey}: 0, {outputs?.Source}): there is nothing to fail over to");
            }

            var groupId = options.ReplicationGroupId ?? outputs?.ReplicationGroupId ?? throw new UsageException(
                $"no replication group: give --replication-group-id <id> or stack outputs with {StackOutputs.ReplicationGroupIdKey} (or --local)");
            var aws = ExecutableLocator.Find(SsmTunnels.AwsCli, context.GetEnvironmentVariable("PATH")) ?? throw new UsageException(
                "smoke failover needs the AWS CLI v2 ('aws' is not on PATH): https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html");
            trigger = new AwsFailoverTrigger(new AwsCli(aws, outputs?.Region), groupId, options.NodeGroupId)
            {
                Timeout = options.Timeout,
                PollInterval = options.PollInterval,
            };
            if (await trigger.RefuseAsync(cancellation).ConfigureAwait(false) is { } refusal)
            {
                throw new UsageException($"refused: {refusal}");
            }

            if (!options.Yes && !await ConfirmAsync(trigger, context).ConfigureAwait(false))
            {
                return ExitCodes.BadInput;
            }
        }
        catch (UsageException e)
        {
            return SmokeCli.BadInput(e, context, options.Json);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("smoke failover: interrupted; nothing was written or triggered").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }

        if (tunnelRequest is null)
        {
            return await DrillAsync(target, trigger, options, context, cancellation).ConfigureAwait(false);
        }

        SsmTunnels tunnels;
        try
        {
            tunnels = await SsmTunnels.OpenAsync(tunnelRequest, cancellation).ConfigureAwait(false);
        }
        catch (SsmTunnelException e)
        {
            await context.Error.WriteLineAsync($"smoke failover: {e.Message}").ConfigureAwait(false);
            return ExitCodes.CheckFailed;
        }

        // Registered before the sessions' disposal starts, so they also cover it (as for the local pair).
        using var lastResort = ConsoleInterrupt.OnProcessEnd(tunnels.Stop, PosixSignal.SIGTERM, PosixSignal.SIGHUP);
        await using (tunnels)
        {
            return await DrillAsync(SsmRoute.Reroute(target, tunnels), trigger, options, context, cancellation).ConfigureAwait(false);
        }
    }

    /// <summary>Asks on standard error, reads standard input; no input (closed stdin) is a refusal with the hint to pass --yes.</summary>
    private static async Task<bool> ConfirmAsync(IFailoverTrigger trigger, CliContext context)
    {
        await context.Error.WriteAsync($"smoke failover: this runs {trigger.Description}: the primary of a live cache fails over and its clients see errors. Type 'yes' to go on: ").ConfigureAwait(false);
        var answer = await context.In.ReadLineAsync().ConfigureAwait(false);
        if (answer is null)
        {
            await context.Error.WriteLineAsync("\nsmoke failover: refused: no answer (standard input is closed); pass --yes to run without asking. Nothing was written or triggered (exit code 2)").ConfigureAwait(false);
            return false;
        }

        if (answer.Trim() is "yes" or "y")
        {
            return true;
        }

        await context.Error.WriteLineAsync("smoke failover: not confirmed; nothing was written or triggered (exit code 2)").ConfigureAwait(false);
        return false;
    }

    private static async Task<int> DrillAsync(SmokeTarget target, IFailoverTrigger trigger, FailoverOptions options, CliContext context, CancellationToken cancellation)
    {
        var drill = new FailoverDrill(target, trigger, options.Settings, line => context.Error.WriteLine($"smoke failover: {target.Redact(line)}"));
        FailoverReport report;
        try
        {
            report = await drill.RunAsync(cancellation).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync($"smoke failover: interrupted; {drill.Cleanup?.Detail ?? "nothing was written"}").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }
        catch (DrillNotStartedException e)
        {
            await context.Error.WriteLineAsync($"smoke failover: {target.Redact(e.Message)}").ConfigureAwait(false);
            return ExitCodes.CheckFailed;
        }
        catch (Exception e)
        {
            return SmokeCli.Unexpected(e, target, context);
        }

        var exitCode = report.Passed ? ExitCodes.Passed : ExitCodes.CheckFailed;
        await context.Out.WriteLineAsync(options.Json ? FailoverReportWriter.Json(report, exitCode) : FailoverReportWriter.Table(report)).ConfigureAwait(false);
        return exitCode;
    }
}
