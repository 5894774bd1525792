using Pulumi;
using Local = Pulumi.Command.Local;

namespace ElastiCacheRedis;

/// <summary>
/// The post-deploy verification (verifyOnUp): runs the smoke test through the client instance once
/// the replication group and the client exist, and again whenever the endpoints, the port or the
/// engine version change. The AUTH token reaches it only through an environment variable.
/// </summary>
internal sealed class PostDeployCheck : ComponentResource
{
    public const string TypeToken = "elasticache-redis:verify:PostDeployCheck";

    /// <summary>The smoke test's JSON report (its stdout; the smoke test never prints the token).</summary>
    public Output<string> Report { get; }

    public PostDeployCheck(string name, PostDeployCheckArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var authEnabled = args.AuthToken is not null;
        var commandLine = Output.Tuple(args.PrimaryEndpoint, args.ReaderEndpoint, args.ClientInstanceId)
            .Apply(values => SmokeCommandLine.Build(
                values.Item1, values.Item2, args.Port, args.TransitEncryption, authEnabled, values.Item3));

        var commandArgs = new Local.CommandArgs
        {
            Create = commandLine,
            // The Pulumi project root: the smoke project path in the command is relative to it.
            // (An absolute path: running from another checkout location re-runs the check once.)
            Dir = args.WorkingDirectory,
            // Secret: in rbac mode it carries the users' passwords (SmokeCheckInput).
            Stdin = args.SmokeInput,
            Triggers = new object[] { args.PrimaryEndpoint, args.ReaderEndpoint, args.Port, args.EngineVersion },
        };
        // The AWS CLI behind --via-ssm reads its region from the environment, not from aws:region.
        commandArgs.Environment.Add(SmokeCommandLine.RegionVariable, args.Region);
        if (args.AuthToken is not null)
        {
            // A secret input: the environment is stored encrypted in the state and never shown.
            commandArgs.Environment.Add(SmokeCommandLine.AuthTokenVariable, args.AuthToken);
        }

        var smoke = new Local.Command($"{name}-smoke", commandArgs, new CustomResourceOptions
        {
            Parent = this,
            DependsOn = { args.Cache, args.Client },
        });

        Report = smoke.Stdout;
        RegisterOutputs(new Dictionary<string, object?> { ["report"] = Report });
    }
}
