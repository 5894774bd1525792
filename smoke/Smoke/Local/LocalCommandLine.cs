using Smoke.Cli;

namespace Smoke.Local;

/// <summary>Parses the flags of `smoke local`.</summary>
public static class LocalCommandLine
{
    public const string Subcommand = "local";

    public static readonly string Usage = """
        Usage: smoke local [--tls] [--bench]

        Tries the smoke check without AWS: starts a throwaway primary (127.0.0.2) and replica
        (127.0.0.3) on one free port with redis-server or valkey-server from PATH, prints the stack
        outputs they stand for, runs the check against them, and stops and deletes all of it.

          --tls      TLS from a throwaway CA, and a random AUTH token (never printed)
          --bench    a short load probe (smoke bench, 3 s) after the check
          -h, --help this text

        Exit codes: 0 passed, 1 a check or the probe failed, 2 bad usage or no server installed.
        """;

    public static ParsedCommand Parse(IReadOnlyList<string> args)
    {
        var options = new LocalOptions(Tls: false, Bench: false);
        var problems = new List<string>();
        foreach (var argument in args)
        {
            switch (argument)
            {
                case "-h":
                case "--help":
                    return new LocalHelpCommand();
                case "--tls":
                    options = options with { Tls = true };
                    break;
                case "--bench":
                    options = options with { Bench = true };
                    break;
                default:
                    problems.Add($"smoke local: unknown argument '{argument}' (allowed: --tls, --bench, --help)");
                    break;
            }
        }

        return problems.Count == 0 ? new LocalCommand(options) : throw new UsageException(problems);
    }
}
