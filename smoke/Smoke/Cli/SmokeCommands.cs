using System.CommandLine;

namespace Smoke.Cli;

/// <summary>
/// The command tree: <c>smoke [check] [flags]</c> (the check is also the root's own action, so
/// callers that never named it keep working), and one subcommand per verb.
/// </summary>
public static class SmokeCommands
{
    /// <summary>The verbs, one line each: a new verb adds its command's factory here.</summary>
    private static readonly Func<CliContext, Command>[] Verbs =
    [
        CheckCommandLine.Create,
        Bench.BenchCommandLine.Create,
        Local.LocalCommandLine.Create,
        Failover.FailoverCommand.Create,
    ];

    private const string Description = """
        Proves a deployed Redis/Valkey replication group works: DNS, TCP, TLS, AUTH, PING, roles,
        SET/GET on the primary, replication to the reader, READONLY on the reader, cleanup.
        Without a command it runs `check`; `bench` measures, `failover` drills a failover, `local`
        tries it all on a throwaway pair. Durations (t): 500ms, 2s, 1.5 (seconds).

        Exit codes: 0 every check passed, 1 a check failed, 2 bad input or usage (nothing
        connected), 130 interrupted (Ctrl+C; cleaned up). Each command's help has its own.
        """;

    public static RootCommand Root(CliContext context)
    {
        var root = new RootCommand(Description);
        CheckCommandLine.Configure(root, context);
        foreach (var verb in Verbs)
        {
            root.Add(verb(context));
        }

        root.Add(Help(root, context));
        return root;
    }

    /// <summary>`smoke help [command]`: the generated help of the root or of that command.</summary>
    private static Command Help(RootCommand root, CliContext context)
    {
        var name = new Argument<string>("command") { Arity = ArgumentArity.ZeroOrOne, Description = "the command to explain" };
        var help = new Command("help", "show help for smoke or one of its commands") { name };
        help.SetAction(result =>
        {
            string[] args = result.GetValue(name) is { } command ? [command, "--help"] : ["--help"];
            return root.Parse(args).Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error });
        });
        return help;
    }
}
