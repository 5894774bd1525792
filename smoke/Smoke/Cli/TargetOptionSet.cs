using System.CommandLine;
using Smoke.Ssm;

namespace Smoke.Cli;

/// <summary>
/// The flags of <see cref="TargetOptions"/> (where the cache is and how to reach it), as options a
/// verb adds to its command with <see cref="AddTo"/> and reads back with <see cref="Bind"/>. One
/// set per command: check, bench and failover take exactly these.
/// </summary>
public sealed class TargetOptionSet
{
    public Option<string> Stack { get; } = OptionKinds.Text(
        "--stack", "name", "read `pulumi stack output --json --show-secrets --stack <name>`");

    public Option<string> WorkingDirectory { get; } = OptionKinds.Text(
        "--cwd", "dir", "where to run pulumi (default: the nearest folder up with Pulumi.yaml); only with --stack");

    public Option<string> Outputs { get; } = OptionKinds.Text(
        "--outputs", "file|-", "read the stack outputs JSON from a file, or '-' for standard input");

    public Option<EndpointOverride> Primary { get; } = OptionKinds.Endpoint(
        "--primary", "primary endpoint (overrides primaryEndpoint and port)");

    public Option<EndpointOverride> Reader { get; } = OptionKinds.Endpoint(
        "--reader", "reader endpoint (overrides readerEndpoint and port)");

    public Option<bool> Tls { get; } = OptionKinds.Switch("--tls", "transit encryption on (overrides transitEncryption)");

    public Option<bool> NoTls { get; } = OptionKinds.Switch("--no-tls", "transit encryption off (overrides transitEncryption)");

    public Option<string> AuthTokenVariable { get; } = OptionKinds.VariableName(
        "--auth-token-env", "environment variable holding the AUTH token (overrides authToken; the token itself is never taken from the command line)");

    public Option<string> User { get; } = OptionKinds.UserName(
        "--user", "log in as this ElastiCache user (RBAC): AUTH <name> <password>; default with a users output: a user allowed SET/GET/DEL on smoke:*");

    public Option<string> PasswordVariable { get; } = OptionKinds.VariableName(
        "--password-env", "environment variable holding --user's password (default: the userPasswords output)");

    public Option<string> CaFile { get; } = OptionKinds.Text(
        "--ca-file", "pem", "also trust this CA (private CAs, tunnels); names are still checked");

    public Option<TimeSpan?> ConnectTimeout { get; } = OptionKinds.Duration(
        "--connect-timeout", $"bound of each DNS/TCP/TLS/connect step (default 5s); t: {OptionKinds.DurationExamples}");

    public Option<TimeSpan?> CommandTimeout { get; } = OptionKinds.Duration("--command-timeout", "bound of each Redis command (default 5s)");

    public Option<string> ViaSsm { get; } = new("--via-ssm")
    {
        HelpName = "instance-id",
        Arity = ArgumentArity.ZeroOrOne,
        Description = "go through SSM port forwarding via the client instance (default: the clientInstanceId output); "
            + "needs the AWS CLI v2 and the Session Manager plugin; TLS still checks the real endpoint names",
        CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                return null;
            }

            var id = result.Tokens[0].Value;
            if (!SsmRoute.IsInstanceId(id))
            {
                result.AddError($"--via-ssm: '{id}' is not an instance id (allowed: i- or mi- followed by 8 to 17 hex digits, or no value for the clientInstanceId output)");
                return null;
            }

            return id;
        },
    };

    public Option<TimeSpan?> SsmTimeout { get; } = OptionKinds.Duration(
        "--ssm-timeout", "how long the port-forwarding sessions may take to open (default 30s); only with --via-ssm");

    private IEnumerable<Option> All =>
    [
        Stack, WorkingDirectory, Outputs, Primary, Reader, Tls, NoTls, AuthTokenVariable, User, PasswordVariable, CaFile,
        ConnectTimeout, CommandTimeout, ViaSsm, SsmTimeout,
    ];

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in All)
        {
            command.Add(option);
        }
    }

    /// <summary>The options written on the command line (for a verb that takes none of them in some mode).</summary>
    public IReadOnlyList<Option> GivenIn(ParseResult result) => All.Where(result.Given).ToList();

    /// <summary>The options as given, checked together; every problem at once as a <see cref="UsageException"/>.</summary>
    public TargetOptions Bind(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var options = new TargetOptions
        {
            Stack = result.GetValue(Stack),
            WorkingDirectory = result.GetValue(WorkingDirectory),
            OutputsPath = result.GetValue(Outputs),
            Primary = result.GetValue(Primary),
            Reader = result.GetValue(Reader),
            Tls = result.GetValue(Tls) ? true : result.GetValue(NoTls) ? false : null,
            AuthTokenVariable = result.GetValue(AuthTokenVariable),
            User = result.GetValue(User),
            PasswordVariable = result.GetValue(PasswordVariable),
            CaFile = result.GetValue(CaFile),
            ConnectTimeout = result.GetValue(ConnectTimeout) ?? TargetOptions.DefaultConnectTimeout,
            CommandTimeout = result.GetValue(CommandTimeout) ?? TargetOptions.DefaultCommandTimeout,
            ViaSsm = result.Given(ViaSsm),
            SsmInstanceId = result.GetValue(ViaSsm),
            SsmTimeout = result.GetValue(SsmTimeout) ?? TargetOptions.DefaultSsmTimeout,
        };
        var problems = Conflicts(result, options).ToList();
        return problems.Count == 0 ? options : throw new UsageException(problems);
    }

    private IEnumerable<string> Conflicts(ParseResult result, TargetOptions options)
    {
        if (result.GetValue(Tls) && result.GetValue(NoTls))
        {
            yield return "--tls and --no-tls: give at most one of them";
        }

        if (options.Stack is not null && options.OutputsPath is not null)
        {
            yield return "--stack and --outputs: give at most one source of stack outputs";
        }

        if (result.Given(SsmTimeout) && !options.ViaSsm)
        {
            yield return "--ssm-timeout: only used with --via-ssm";
        }

        if (options.WorkingDirectory is not null && options.Stack is null)
        {
            yield return "--cwd: only used with --stack";
        }

        if (options.PasswordVariable is not null && options.User is null)
        {
            yield return "--password-env: only used with --user <name> (the password of that user)";
        }

        if (options.User is not null && options.AuthTokenVariable is not null)
        {
            yield return "--user and --auth-token-env: give at most one (a user logs in with its own password: --password-env)";
        }

        if (options.Stack is null && options.OutputsPath is null && (options.Primary is null || options.Reader is null))
        {
            yield return "no endpoints: give --stack <name>, --outputs <file|->, or both --primary and --reader";
        }
    }
}
