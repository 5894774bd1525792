using System.CommandLine;

namespace Smoke.Cli;

/// <summary>`smoke [check]`: the target flags plus the check's own (timeouts, --json).</summary>
public static class CheckCommandLine
{
    public const string Name = "check";

    public static Command Create(CliContext context)
    {
        var command = new Command(Name, "the smoke check (the default command)");
        Configure(command, context);
        return command;
    }

    /// <summary>Adds the check's options and action to <paramref name="command"/> (the root runs the check too).</summary>
    public static void Configure(Command command, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(command);
        var target = new TargetOptionSet();
        target.AddTo(command);
        var replicationTimeout = OptionKinds.Duration("--replication-timeout", "how long the value may take to reach the reader (default 10s)");
        var timeout = OptionKinds.Duration("--timeout", "bound of the whole run, reading outputs and cleanup included (default 30s)");
        var json = OptionKinds.Switch("--json", "machine-readable report on standard output");
        command.Add(replicationTimeout);
        command.Add(timeout);
        command.Add(json);
        command.SetAction((result, _) => SmokeCli.CheckAsync(
            () => new CheckOptions(target.Bind(result))
            {
                Json = result.GetValue(json),
                ReplicationTimeout = result.GetValue(replicationTimeout) ?? CheckOptions.DefaultReplicationTimeout,
                OverallTimeout = result.GetValue(timeout) ?? CheckOptions.DefaultOverallTimeout,
            },
            result.GetValue(json),
            context));
    }
}
