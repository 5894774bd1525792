using System.CommandLine;
using Smoke.Cli;
using Smoke.Failover;

namespace Smoke.Local;

/// <summary>
/// `smoke local [--tls] [--bench] [--json]`: the smoke check (and a short bench) against a throwaway
/// pair; `smoke local --failover [drill flags] [--json]`: the failover drill on one (= `smoke failover --local`).
/// </summary>
public static class LocalCommandLine
{
    public const string Name = "local";

    private const string Description = """
        Tries the smoke check without AWS: starts a throwaway primary (127.0.0.2) and replica
        (127.0.0.3) on one free port with redis-server or valkey-server from PATH, prints the stack
        outputs they stand for, runs the check against them, and stops and deletes all of it.
        With --failover it runs the failover drill on such a pair instead (`smoke failover --local`;
        see `smoke help failover`): the primary hangs for --freeze, is killed, the replica promoted.

        Exit codes: 0 passed, 1 a check, the probe or the drill failed, 2 bad usage, no server
        installed or the loopback addresses missing, 130 interrupted (Ctrl+C; the pair removed).
        """;

    public static Command Create(CliContext context)
    {
        var tls = OptionKinds.Switch("--tls", "TLS from a throwaway CA, and a random AUTH token (never printed)");
        var bench = OptionKinds.Switch("--bench", "a short load probe (smoke bench, 3 s) after the check");
        var drill = new DrillOptionSet();
        var failover = OptionKinds.Switch(
            "--failover",
            $"the failover drill instead of the check (smoke failover --local); its flags: {string.Join(", ", drill.ForLocalPair.Select(o => o.Name))}");
        var json = OptionKinds.Switch("--json", "one JSON document on standard output: the pair, its outputs, the check's report (and the probe's); with --failover the drill's report");
        var command = new Command(Name, Description) { tls, bench, failover, json };
        DrillOptionSet.AddTo(command, drill.ForLocalPair);
        command.SetAction((result, _) =>
        {
            var isJson = result.GetValue(json);
            if (result.GetValue(failover))
            {
                return FailoverCli.RunAsync(
                    () => result.Given(tls) || result.Given(bench)
                        ? throw new UsageException("--failover: --tls and --bench are not used with it (the drill's pair is plain TCP, the drill is the load)")
                        : drill.Bind(result, DrillOptionSet.WithDrillTimeouts(new TargetOptions()), local: true, isJson),
                    isJson,
                    context);
            }

            var problems = DrillOptionSet.OnlyWith(result, drill.ForLocalPair, "--failover").ToList();
            return problems.Count > 0
                ? Task.FromResult(SmokeCli.BadInput(new UsageException(problems), context, isJson))
                : LocalCli.RunAsync(new LocalOptions(result.GetValue(tls), result.GetValue(bench)) { Json = isJson }, context);
        });
        return command;
    }
}

/// <summary>What `smoke local` was asked for.</summary>
public sealed record LocalOptions(bool Tls, bool Bench)
{
    /// <summary>--json: the whole run as one document on standard output; the progress lines go to standard error.</summary>
    public bool Json { get; init; }
}
