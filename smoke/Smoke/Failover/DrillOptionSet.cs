using System.CommandLine;
using System.Globalization;
using Smoke.Cli;

namespace Smoke.Failover;

/// <summary>
/// The drill's own flags, shared by `smoke failover` (all of them) and `smoke local --failover`
/// (<see cref="ForLocalPair"/>: those that mean something on a throwaway pair). Defaults are
/// applied in <see cref="Bind"/>, so help shows them as the descriptions say.
/// </summary>
internal sealed class DrillOptionSet
{
    public Option<bool> Yes { get; } = OptionKinds.Switch("--yes", "do not ask for confirmation (a drill interrupts a live cache)");

    public Option<int?> Rate { get; } = OptionKinds.Parsed<int?>(
        "--rate",
        "n",
        $"writes per second, and reads per second (default {FailoverOptions.DefaultRate}; 1..5000)",
        text => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var rate) && rate is >= 1 and <= 5000
            ? (rate, null)
            : (null, $"--rate: '{text}' is not allowed (a whole number of writes per second from 1 to 5000)"));

    public Option<TimeSpan?> Timeout { get; } = OptionKinds.Duration("--timeout", "how long the failover may take to complete (default 10 min)");

    public Option<TimeSpan?> MaxWriteOutage { get; } = OptionKinds.Duration("--max-write-outage", "verdict bound of the write outage (default 30s; docs/failover.md)");

    public Option<bool> WaitReplicas { get; } = OptionKinds.Switch("--wait-replicas", "WAIT 1 <--wait-timeout> after each write: acknowledged only once a replica has it");

    public Option<TimeSpan?> WaitTimeout { get; } = OptionKinds.Duration("--wait-timeout", "how long WAIT waits for the replica (default 100ms)");

    public Option<TimeSpan?> Observe { get; } = OptionKinds.Duration("--observe", "traffic after the failover completed (default 5s)");

    public Option<string> ReplicationGroupId { get; } = OptionKinds.Text("--replication-group-id", "id", "the group to fail over (default: the replicationGroupId output)");

    public Option<string> NodeGroupId { get; } = OptionKinds.Text("--node-group-id", "id", $"the node group (default {FailoverOptions.DefaultNodeGroup}: cluster mode disabled)");

    public Option<TimeSpan?> PollInterval { get; } = OptionKinds.Duration("--poll-interval", "describe-events interval (default 5s)");

    public Option<TimeSpan?> Freeze { get; } = OptionKinds.Duration("--freeze", "local pair: how long the primary hangs before it is killed (default 1s)");

    /// <summary>The flags that mean something on the throwaway local pair.</summary>
    public IReadOnlyList<Option> ForLocalPair => [Rate, Timeout, MaxWriteOutage, WaitReplicas, WaitTimeout, Observe, Freeze];

    /// <summary>The flags for a deployed group only (the trigger, the confirmation).</summary>
    public IReadOnlyList<Option> ForAws => [Yes, ReplicationGroupId, NodeGroupId, PollInterval];

    public static void AddTo(Command command, IEnumerable<Option> options)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in options)
        {
            command.Add(option);
        }
    }

    /// <summary>A problem for each of <paramref name="options"/> given without <paramref name="flag"/>.</summary>
    public static IEnumerable<string> OnlyWith(ParseResult result, IEnumerable<Option> options, string flag) =>
        options.Where(result.Given).Select(o => $"{o.Name}: only used with {flag}");

    public FailoverOptions Bind(ParseResult result, TargetOptions target, bool local, bool json) => new(target)
    {
        Yes = result.GetValue(Yes),
        Rate = result.GetValue(Rate) ?? FailoverOptions.DefaultRate,
        Timeout = result.GetValue(Timeout) ?? FailoverOptions.DefaultTimeout,
        MaxWriteOutage = result.GetValue(MaxWriteOutage) ?? FailoverOptions.DefaultMaxWriteOutage,
        Observe = result.GetValue(Observe) ?? FailoverOptions.DefaultObserve,
        PollInterval = result.GetValue(PollInterval) ?? FailoverOptions.DefaultPollInterval,
        Freeze = result.GetValue(Freeze) ?? FailoverOptions.DefaultFreeze,
        WaitReplicas = result.GetValue(WaitReplicas) ? result.GetValue(WaitTimeout) ?? FailoverOptions.DefaultWaitTimeout : null,
        Local = local,
        Json = json,
        ReplicationGroupId = result.GetValue(ReplicationGroupId),
        NodeGroupId = result.GetValue(NodeGroupId) ?? FailoverOptions.DefaultNodeGroup,
    };

    /// <summary>The drill's connections: an application's timeouts (1 s each), unless given.</summary>
    public static TargetOptions WithDrillTimeouts(TargetOptions target, TimeSpan? connect = null, TimeSpan? command = null) => target with
    {
        ConnectTimeout = connect ?? FailoverOptions.DefaultDrillTimeout,
        CommandTimeout = command ?? FailoverOptions.DefaultDrillTimeout,
    };
}
