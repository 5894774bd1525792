namespace Smoke.Cli;

/// <summary>
/// Turns arguments into a <see cref="ParsedCommand"/>, or throws <see cref="UsageException"/> with
/// every problem found. Shape: <c>smoke [check] [flags]</c>; the first word picks the subcommand
/// and <c>check</c> is the default, so <c>smoke bench ...</c> can join without breaking callers.
/// </summary>
public static class CommandLine
{
    public const string CheckSubcommand = "check";

    public static readonly string Usage = $"""
        Usage: smoke [check] [flags]
               smoke bench [flags]     load probe: throughput, latency percentiles, replication lag (smoke bench --help)
               smoke local [--tls] [--bench]  try it without AWS: a throwaway local pair (smoke local --help)

        Proves a deployed Redis/Valkey replication group works: DNS, TCP, TLS, AUTH, PING, roles,
        SET/GET on the primary, replication to the reader, READONLY on the reader, cleanup.

        {TargetOptionsParser.Usage}
          Check:
            --replication-timeout <t> how long the value may take to reach the reader (default 10s)
            --timeout <t>             bound of the whole run (default 30s)
            --json                    machine-readable report on standard output
            -h, --help                this text

        Exit codes: 0 every check passed, 1 a check failed, 2 bad input or usage (nothing connected).
        """;

    public static ParsedCommand Parse(IReadOnlyList<string> args)
    {
        var rest = args;
        if (rest.Count > 0 && !rest[0].StartsWith('-'))
        {
            if (rest[0] == Bench.BenchCommandLine.Subcommand)
            {
                return Bench.BenchCommandLine.Parse(rest.Skip(1).ToList());
            }

            if (rest[0] == Local.LocalCommandLine.Subcommand)
            {
                return Local.LocalCommandLine.Parse(rest.Skip(1).ToList());
            }

            if (rest[0] != CheckSubcommand)
            {
                throw new UsageException($"unknown command '{rest[0]}' (allowed: {CheckSubcommand}, {Bench.BenchCommandLine.Subcommand}, {Local.LocalCommandLine.Subcommand}; see --help)");
            }

            rest = rest.Skip(1).ToList();
        }

        return ParseCheck(rest);
    }

    private static ParsedCommand ParseCheck(IReadOnlyList<string> args)
    {
        var problems = new List<string>();
        var target = new TargetOptions();
        var options = new CheckOptions(target);
        var cursor = new ArgumentCursor(args);
        while (cursor.TryNext(out var argument))
        {
            if (TargetOptionsParser.TryApply(argument, cursor, ref target, problems))
            {
                continue;
            }

            switch (argument)
            {
                case "-h":
                case "--help":
                    return new HelpCommand();
                case "--json":
                    cursor.RejectValue(argument, problems);
                    options = options with { Json = true };
                    break;
                case "--replication-timeout":
                    options = options with
                    {
                        ReplicationTimeout = TargetOptionsParser.ReadDuration(argument, cursor, problems, options.ReplicationTimeout),
                    };
                    break;
                case "--timeout":
                    options = options with
                    {
                        OverallTimeout = TargetOptionsParser.ReadDuration(argument, cursor, problems, options.OverallTimeout),
                    };
                    break;
                default:
                    problems.Add(argument.StartsWith('-')
                        ? $"unknown flag '{argument}' (see --help)"
                        : $"unexpected argument '{argument}' (see --help)");
                    break;
            }
        }

        TargetOptionsParser.Validate(target, problems);
        if (problems.Count > 0)
        {
            throw new UsageException(problems);
        }

        return new CheckCommand(options with { Target = target });
    }
}
