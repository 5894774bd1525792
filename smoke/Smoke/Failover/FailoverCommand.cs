using System.CommandLine;
using System.CommandLine.Parsing;
using Smoke.Cli;

namespace Smoke.Failover;

/// <summary>
/// `smoke failover`'s command line on System.CommandLine. The drill's own options are declared
/// here; the target options (stack, outputs, overrides, TLS, AUTH/user, --via-ssm) are left
/// unmatched and read by today's <see cref="TargetOptionsParser"/>, so every subcommand reads
/// them the same way until the root command moves to System.CommandLine as well.
/// </summary>
internal static class FailoverCommand
{
    public const string Name = "failover";

    public static readonly string Usage = $"""
        Usage: smoke failover [target flags] [--yes] [--rate n] [--timeout t] [--max-write-outage t]
                              [--wait-replicas] [--json]
               smoke failover --local [--freeze t] [--json]

        Failover drill: writes a numbered key sequence to the primary endpoint and reads from the
        reader endpoint while the primary fails over (ElastiCache TestFailover on node group 0001, or
        with --local a throwaway pair failed over the same way), then reports the write and read
        outage, errors by kind, lost acknowledged writes and the roles after. Deletes its keys on
        every path. Needs a replica and automatic failover; asks for confirmation unless --yes.

        {TargetOptionsParser.Usage}
          Drill:
            --yes                     do not ask for confirmation (a drill interrupts a live cache)
            --rate <n>                writes per second, and reads per second (default {FailoverOptions.DefaultRate})
            --timeout <t>             how long the failover may take to complete (default 10 min)
            --max-write-outage <t>    verdict bound of the write outage (default 30s; docs/failover.md)
            --wait-replicas           WAIT 1 after each write: acknowledged only once a replica has it
            --wait-timeout <t>        how long WAIT waits for the replica (default 100ms)
            --observe <t>             traffic after the failover completed (default 5s)
            --replication-group-id <id>  default: the replicationGroupId output
            --node-group-id <id>      default 0001 (cluster mode disabled)
            --poll-interval <t>       describe-events interval (default 5s)
            --local                   a throwaway local pair instead of AWS (no confirmation asked)
            --freeze <t>              --local: how long the primary hangs before it is killed (default 1s)
            --json                    machine-readable report on standard output
            -h, --help                this text
          --connect-timeout and --command-timeout default to 1s here (an application's, not the check's).

        Exit codes: 0 passed, 1 failed (outage over the bound, lost writes, no completion),
        2 refused or bad input (nothing written), 130 interrupted (keys deleted).
        """;

    public static readonly Option<bool> Yes = new("--yes") { Description = "do not ask for confirmation" };
    public static readonly Option<int> Rate = new("--rate") { Description = "writes (and reads) per second", DefaultValueFactory = _ => FailoverOptions.DefaultRate, CustomParser = ParseRate };
    public static readonly Option<TimeSpan> Timeout = DurationOption("--timeout", FailoverOptions.DefaultTimeout);
    public static readonly Option<TimeSpan> MaxWriteOutage = DurationOption("--max-write-outage", FailoverOptions.DefaultMaxWriteOutage);
    public static readonly Option<TimeSpan> Observe = DurationOption("--observe", FailoverOptions.DefaultObserve);
    public static readonly Option<TimeSpan> PollInterval = DurationOption("--poll-interval", FailoverOptions.DefaultPollInterval);
    public static readonly Option<TimeSpan> Freeze = DurationOption("--freeze", FailoverOptions.DefaultFreeze);
    public static readonly Option<bool> WaitReplicas = new("--wait-replicas") { Description = "WAIT 1 <--wait-timeout> after each write" };
    public static readonly Option<TimeSpan> WaitTimeout = DurationOption("--wait-timeout", FailoverOptions.DefaultWaitTimeout);

    public static readonly Option<bool> Local = new("--local") { Description = "a throwaway local pair instead of AWS" };
    public static readonly Option<bool> Json = new("--json") { Description = "machine-readable report" };
    public static readonly Option<string?> ReplicationGroupId = new("--replication-group-id") { Description = "default: the replicationGroupId output" };
    public static readonly Option<string> NodeGroupId = new("--node-group-id") { Description = "node group to fail over", DefaultValueFactory = _ => FailoverOptions.DefaultNodeGroup };
    public static readonly Option<bool> Help = new("--help", "-h") { Description = "this text" };

    /// <summary>The command; <paramref name="run"/> gets the parsed options (the root command plugs it in).</summary>
    public static Command Create(Func<FailoverOptions, CancellationToken, Task<int>> run)
    {
        var command = new Command(Name, "Failover drill: the write/read outage and lost writes while the primary fails over")
        {
            Yes, Rate, Timeout, MaxWriteOutage, Observe, PollInterval, Freeze, WaitReplicas, WaitTimeout, Local, Json, ReplicationGroupId, NodeGroupId, Help,
        };
        // Target flags are read by TargetOptionsParser from the unmatched tokens.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, cancellation) => run(Read(result), cancellation));
        return command;
    }

    /// <summary>Parses the arguments after `failover`; throws <see cref="UsageException"/> with every problem.</summary>
    public static FailoverOptions Parse(IReadOnlyList<string> args) =>
        Read(Create((_, _) => Task.FromResult(0)).Parse(args));

    private static FailoverOptions Read(ParseResult result)
    {
        var problems = result.Errors.Select(e => e.Message).ToList();
        var target = new TargetOptions
        {
            ConnectTimeout = FailoverOptions.DefaultDrillTimeout,
            CommandTimeout = FailoverOptions.DefaultDrillTimeout,
        };
        var cursor = new ArgumentCursor(result.UnmatchedTokens);
        while (cursor.TryNext(out var argument))
        {
            if (!TargetOptionsParser.TryApply(argument, cursor, ref target, problems))
            {
                problems.Add(argument.StartsWith('-') ? $"unknown flag '{argument}' (see smoke failover --help)" : $"unexpected argument '{argument}' (see smoke failover --help)");
            }
        }

        if (problems.Count > 0)
        {
            // A value that did not parse cannot be read back (GetValue throws): report them all now.
            throw new UsageException(problems);
        }

        var options = new FailoverOptions(target)
        {
            Yes = result.GetValue(Yes),
            Rate = result.GetValue(Rate),
            Timeout = result.GetValue(Timeout),
            MaxWriteOutage = result.GetValue(MaxWriteOutage),
            Observe = result.GetValue(Observe),
            PollInterval = result.GetValue(PollInterval),
            Freeze = result.GetValue(Freeze),
            WaitReplicas = result.GetValue(WaitReplicas) ? result.GetValue(WaitTimeout) : null,
            Local = result.GetValue(Local),
            Json = result.GetValue(Json),
            ReplicationGroupId = result.GetValue(ReplicationGroupId),
            NodeGroupId = result.GetValue(NodeGroupId) ?? FailoverOptions.DefaultNodeGroup,
            Help = result.GetValue(Help),
        };
        if (options.Help)
        {
            return options;
        }

        if (options.Local)
        {
            if (result.UnmatchedTokens.Count > 0)
            {
                problems.Add("--local: takes no target flags (the drill starts its own pair)");
            }
        }
        else
        {
            TargetOptionsParser.Validate(target, problems);
        }

        return problems.Count > 0 ? throw new UsageException(problems) : options;
    }

    private static Option<TimeSpan> DurationOption(string name, TimeSpan fallback) => new(name)
    {
        DefaultValueFactory = _ => fallback,
        CustomParser = ParseDuration,
    };

    private static TimeSpan ParseDuration(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (Durations.TryParse(text, out var duration))
        {
            return duration;
        }

        result.AddError($"{OptionName(result)}: '{text}' is not a duration (allowed: more than 0 and at most 1 hour, e.g. 500ms, 2s, 1.5)");
        return default;
    }

    private static int ParseRate(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var rate) && rate is >= 1 and <= 5000)
        {
            return rate;
        }

        result.AddError($"--rate: '{text}' is not allowed (a whole number of writes per second from 1 to 5000)");
        return FailoverOptions.DefaultRate;
    }

    private static string OptionName(ArgumentResult result) => (result.Parent as OptionResult)?.Option.Name ?? "option";
}
