using Smoke.Input;
using Smoke.Ssm;

namespace Smoke.Cli;

/// <summary>Reads the flags of <see cref="TargetOptions"/>; each subcommand's parser delegates to it.</summary>
public static class TargetOptionsParser
{
    public const string Usage = """
          Where the cache is (one source, overrides on top):
            --stack <name>            read `pulumi stack output --json --show-secrets --stack <name>`
            --cwd <dir>               where to run pulumi (default: nearest folder up with Pulumi.yaml)
            --outputs <file|->        read the stack outputs JSON from a file, or '-' for standard input
            --primary <host[:port]>   primary endpoint (overrides primaryEndpoint and port)
            --reader <host[:port]>    reader endpoint (overrides readerEndpoint and port)
            --tls | --no-tls          transit encryption on/off (overrides transitEncryption)
            --auth-token-env <NAME>   environment variable holding the AUTH token (overrides authToken;
                                      the token itself is never taken from the command line)
            --user <name>             log in as this ElastiCache user (RBAC): AUTH <name> <password>;
                                      default with a users output: a user allowed SET/GET/DEL on smoke:*
            --password-env <NAME>     environment variable holding --user's password (default: the
                                      userPasswords output)
            --ca-file <pem>           also trust this CA (private CAs, tunnels); names are still checked
            --connect-timeout <t>     per DNS/TCP/TLS/connect step (default 5s); t: 250ms, 2s, 1.5
            --command-timeout <t>     per Redis command (default 5s)
            --via-ssm [instance-id]   go through SSM port forwarding via the client instance (default:
                                      the clientInstanceId output); needs the AWS CLI v2 and the
                                      Session Manager plugin; TLS still checks the real endpoint names
            --ssm-timeout <t>         how long the port-forwarding sessions may take to open (default 30s)
        """;

    /// <summary>Applies <paramref name="flag"/> when it is a target flag; false when it is not one.</summary>
    public static bool TryApply(string flag, ArgumentCursor cursor, ref TargetOptions options, ICollection<string> problems)
    {
        switch (flag)
        {
            case "--stack":
                options = options with { Stack = cursor.TakeValue(flag, "a stack name", problems) };
                return true;
            case "--cwd":
                options = options with { WorkingDirectory = cursor.TakeValue(flag, "a directory", problems) };
                return true;
            case "--outputs":
                options = options with { OutputsPath = cursor.TakeValue(flag, "a file path or '-'", problems) };
                return true;
            case "--primary":
                options = options with { Primary = ReadEndpoint(flag, cursor, problems) };
                return true;
            case "--reader":
                options = options with { Reader = ReadEndpoint(flag, cursor, problems) };
                return true;
            case "--tls":
            case "--no-tls":
                cursor.RejectValue(flag, problems);
                var tls = flag == "--tls";
                if (options.Tls is { } earlier && earlier != tls)
                {
                    problems.Add("--tls and --no-tls: give at most one of them");
                }

                options = options with { Tls = tls };
                return true;
            case "--auth-token-env":
                options = options with { AuthTokenVariable = ReadVariableName(flag, cursor, problems) };
                return true;
            case "--user":
                options = options with { User = ReadUserName(flag, cursor, problems) };
                return true;
            case "--password-env":
                options = options with { PasswordVariable = ReadVariableName(flag, cursor, problems) };
                return true;
            case "--ca-file":
                options = options with { CaFile = cursor.TakeValue(flag, "a PEM file", problems) };
                return true;
            case "--connect-timeout":
                options = options with { ConnectTimeout = ReadDuration(flag, cursor, problems, options.ConnectTimeout) };
                return true;
            case "--command-timeout":
                options = options with { CommandTimeout = ReadDuration(flag, cursor, problems, options.CommandTimeout) };
                return true;
            case "--via-ssm":
                options = options with { ViaSsm = true, SsmInstanceId = ReadInstanceId(flag, cursor, problems) };
                return true;
            case "--ssm-timeout":
                options = options with { SsmTimeout = ReadDuration(flag, cursor, problems, options.SsmTimeout) };
                return true;
            default:
                return false;
        }
    }

    /// <summary>Checks that need all flags together (run once, after the last flag).</summary>
    public static void Validate(TargetOptions options, ICollection<string> problems)
    {
        if (options.Stack is not null && options.OutputsPath is not null)
        {
            problems.Add("--stack and --outputs: give at most one source of stack outputs");
        }

        if (options.SsmTimeout != TargetOptions.DefaultSsmTimeout && !options.ViaSsm)
        {
            problems.Add("--ssm-timeout: only used with --via-ssm");
        }

        if (options.WorkingDirectory is not null && options.Stack is null)
        {
            problems.Add("--cwd: only used with --stack");
        }

        if (options.PasswordVariable is not null && options.User is null)
        {
            problems.Add("--password-env: only used with --user <name> (the password of that user)");
        }

        if (options.User is not null && options.AuthTokenVariable is not null)
        {
            problems.Add("--user and --auth-token-env: give at most one (a user logs in with its own password: --password-env)");
        }

        if (options.Stack is null && options.OutputsPath is null && (options.Primary is null || options.Reader is null))
        {
            problems.Add("no endpoints: give --stack <name>, --outputs <file|->, or both --primary and --reader");
        }
    }

    public static TimeSpan ReadDuration(string flag, ArgumentCursor cursor, ICollection<string> problems, TimeSpan fallback)
    {
        var text = cursor.TakeValue(flag, "a duration such as 500ms, 2s or 1.5", problems);
        if (text is null)
        {
            return fallback;
        }

        if (Durations.TryParse(text, out var duration))
        {
            return duration;
        }

        problems.Add($"{flag}: '{text}' is not a duration (allowed: more than 0 and at most 1 hour, e.g. 500ms, 2s, 1.5)");
        return fallback;
    }

    private static string? ReadInstanceId(string flag, ArgumentCursor cursor, ICollection<string> problems)
    {
        var id = cursor.TakeOptionalValue();
        if (id is not null && !SsmRoute.IsInstanceId(id))
        {
            problems.Add($"{flag}: '{id}' is not an instance id (allowed: i- or mi- followed by 8 to 17 hex digits, or no value for the clientInstanceId output)");
            return null;
        }

        return id;
    }

    private static EndpointOverride? ReadEndpoint(string flag, ArgumentCursor cursor, ICollection<string> problems)
    {
        var text = cursor.TakeValue(flag, "host[:port]", problems);
        if (text is null)
        {
            return null;
        }

        if (HostPort.TryParse(text, out var host, out var port, out var problem))
        {
            return new EndpointOverride(host, port);
        }

        problems.Add($"{flag}: '{text}' is not host[:port]: {problem}");
        return null;
    }

    private static string? ReadUserName(string flag, ArgumentCursor cursor, ICollection<string> problems)
    {
        var name = cursor.TakeValue(flag, "a user name", problems);
        if (name is null)
        {
            return null;
        }

        // ElastiCache user names: letters, digits and hyphens (the users output's keys); Redis itself refuses spaces.
        if (name.Length == 0 || name.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            problems.Add($"{flag}: a user name has no spaces or control characters (given {name.Length} characters, not repeated)");
            return null;
        }

        return name;
    }

    private static string? ReadVariableName(string flag, ArgumentCursor cursor, ICollection<string> problems)
    {
        var name = cursor.TakeValue(flag, "an environment variable name", problems);
        if (name is null)
        {
            return null;
        }

        // A value that does not look like a variable name is most likely the token itself pasted
        // by mistake: say so without repeating it.
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') || char.IsAsciiDigit(name[0]))
        {
            problems.Add($"{flag}: expects the NAME of an environment variable (letters, digits, '_'), "
                + "not the secret itself; the given value is not repeated here in case it is a secret");
            return null;
        }

        return name;
    }
}
