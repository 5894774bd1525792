using Smoke.Cli;
using Smoke.Input;

namespace Smoke.Bench;

/// <summary>
/// `smoke bench`: resolves the target exactly as the smoke check does, runs the probe, prints the
/// table (or JSON) on standard output and progress on standard error, and maps the outcome to
/// the exit code. The first Ctrl+C stops the load and still cleans up; a second one ends the
/// process at once (the keys then expire by their TTL).
/// </summary>
public static class BenchCli
{
    private static readonly TimeSpan InputBound = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(BenchCliOptions options, CliContext context, CancellationToken interrupt = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        Connection.SmokeTarget target;
        using (var inputDeadline = new CancellationTokenSource(InputBound))
        {
            try
            {
                var outputs = await StackOutputsSource.ReadAsync(options.Target, context, inputDeadline.Token).ConfigureAwait(false);
                target = TargetResolver.Resolve(options.Target, outputs, context.GetEnvironmentVariable);
            }
            catch (UsageException e)
            {
                return SmokeCli.BadInput(e, context);
            }
        }

        using var ctrlC = CancellationTokenSource.CreateLinkedTokenSource(interrupt);
        var interactive = ReferenceEquals(context.Error, Console.Error) && !Console.IsErrorRedirected;
        ConsoleCancelEventHandler onCtrlC = (_, e) =>
        {
            if (!ctrlC.IsCancellationRequested)
            {
                e.Cancel = true;
                ctrlC.Cancel();
            }
        };
        Console.CancelKeyPress += onCtrlC;
        try
        {
            var plan = BenchPlan.Create(target, options.Workload);
            var runner = new BenchRunner(plan, new ProgressLine(context.Error, interactive));
            var report = await Task.Run(() => runner.Run(ctrlC.Token), CancellationToken.None).ConfigureAwait(false);
            await context.Out.WriteLineAsync(options.Json ? BenchReportWriter.Json(report) : BenchReportWriter.Table(report)).ConfigureAwait(false);
            return report.ExitCode;
        }
        catch (BenchException refused)
        {
            await context.Error.WriteLineAsync($"smoke bench: {target.Redact(refused.Message)}").ConfigureAwait(false);
            return refused.ExitCode;
        }
        finally
        {
            Console.CancelKeyPress -= onCtrlC;
        }
    }
}
