using System.CommandLine;
using Smoke.Cli;

namespace Smoke.Failover;

/// <summary>
/// `smoke failover [target flags] [drill flags]` and `smoke failover --local [drill flags]`: the
/// target flags are the check's (<see cref="TargetOptionSet"/>), the drill's are
/// <see cref="DrillOptionSet"/>. With --local the drill starts its own pair, so the target flags
/// are refused (named), except the two timeouts of the drill's connections.
/// </summary>
internal static class FailoverCommand
{
    public const string Name = "failover";

    private const string Description = """
        Failover drill: writes a numbered key sequence to the primary endpoint and reads from the
        reader endpoint while the primary fails over (ElastiCache TestFailover on node group 0001, or
        with --local a throwaway pair failed over the same way), then reports the write and read
        outage, errors by kind, lost acknowledged writes and the roles after. Deletes its keys on
        every path. Needs a replica and automatic failover; asks for confirmation unless --yes.
        --connect-timeout and --command-timeout default to 1s here (an application's, not the check's).
        `smoke local --failover` is `smoke failover --local`.

        Exit codes: 0 passed, 1 failed (outage over the bound, lost writes, no completion),
        2 refused or bad input (nothing written), 130 interrupted (Ctrl+C; keys deleted).
        """;

    public static Command Create(CliContext context)
    {
        var command = new Command(Name, Description);
        var target = new TargetOptionSet();
        target.AddTo(command);
        var drill = new DrillOptionSet();
        var local = OptionKinds.Switch("--local", "a throwaway local pair instead of AWS (no confirmation asked; takes no target flags)");
        var json = OptionKinds.Switch("--json", "machine-readable report on standard output");
        DrillOptionSet.AddTo(command, [.. drill.ForAws, .. drill.ForLocalPair, local, json]);
        command.SetAction((result, _) => FailoverCli.RunAsync(() => Bind(result, target, drill, local, json), result.GetValue(json), context));
        return command;
    }

    /// <summary>The options, checked together; every problem at once as a <see cref="UsageException"/>.</summary>
    private static FailoverOptions Bind(ParseResult result, TargetOptionSet target, DrillOptionSet drill, Option<bool> local, Option<bool> json)
    {
        var problems = new List<string>();
        var isLocal = result.GetValue(local);
        var connect = result.GetValue(target.ConnectTimeout);
        var commandTimeout = result.GetValue(target.CommandTimeout);
        TargetOptions? bound = null;
        if (isLocal)
        {
            var given = target.GivenIn(result).Where(o => o != target.ConnectTimeout && o != target.CommandTimeout).Select(o => o.Name).ToList();
            if (given.Count > 0)
            {
                problems.Add($"--local: takes no target flags (the drill starts its own pair); given: {string.Join(", ", given)}");
            }

            bound = new TargetOptions();
        }
        else
        {
            problems.AddRange(DrillOptionSet.OnlyWith(result, [drill.Freeze], "--local"));
            try
            {
                bound = target.Bind(result);
            }
            catch (UsageException e)
            {
                problems.AddRange(e.Problems);
            }
        }

        return problems.Count > 0 || bound is null
            ? throw new UsageException(problems)
            : drill.Bind(result, DrillOptionSet.WithDrillTimeouts(bound, connect, commandTimeout), isLocal, result.GetValue(json));
    }
}
