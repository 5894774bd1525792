using System.CommandLine;
using Smoke.Cli;

namespace Smoke.Local;

/// <summary>`smoke local [--tls] [--bench] [--json]`: the smoke check (and a short bench) against a throwaway pair.</summary>
public static class LocalCommandLine
{
    public const string Name = "local";

    private const string Description = """
        Tries the smoke check without AWS: starts a throwaway primary (127.0.0.2) and replica
        (127.0.0.3) on one free port with redis-server or valkey-server from PATH, prints the stack
        outputs they stand for, runs the check against them, and stops and deletes all of it.

        Exit codes: 0 passed, 1 a check or the probe failed, 2 bad usage, no server installed or
        the loopback addresses missing, 130 interrupted (Ctrl+C; the pair removed).
        """;

    public static Command Create(CliContext context)
    {
        var tls = OptionKinds.Switch("--tls", "TLS from a throwaway CA, and a random AUTH token (never printed)");
        var bench = OptionKinds.Switch("--bench", "a short load probe (smoke bench, 3 s) after the check");
        var json = OptionKinds.Switch("--json", "one JSON document on standard output: the pair, its outputs, the check's report (and the probe's)");
        var command = new Command(Name, Description) { tls, bench, json };
        command.SetAction((result, _) =>
            LocalCli.RunAsync(new LocalOptions(result.GetValue(tls), result.GetValue(bench)) { Json = result.GetValue(json) }, context));
        return command;
    }
}

/// <summary>What `smoke local` was asked for.</summary>
public sealed record LocalOptions(bool Tls, bool Bench)
{
    /// <summary>--json: the whole run as one document on standard output; the progress lines go to standard error.</summary>
    public bool Json { get; init; }
}
