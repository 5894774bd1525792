using Pulumi;

namespace ElastiCacheRedis;

/// <summary>Inputs of the <see cref="PostDeployCheck"/> component.</summary>
/// <param name="AuthToken">The AUTH token as a secret output; null when AUTH is off.</param>
/// <param name="SmokeInput">Secret JSON for the smoke test's standard input: replica count and, in rbac mode, users and passwords.</param>
/// <param name="Region">The stack's region: the AWS CLI opens the SSM sessions there (it does not read Pulumi's aws:region).</param>
/// <param name="WorkingDirectory">The Pulumi project root, where <c>smoke/Smoke</c> lives.</param>
/// <param name="Cache">The check runs after the replication group exists.</param>
/// <param name="Client">The check tunnels through the client instance, so it runs after it exists.</param>
internal sealed record PostDeployCheckArgs(
    Output<string> PrimaryEndpoint,
    Output<string> ReaderEndpoint,
    int Port,
    bool TransitEncryption,
    Output<string>? AuthToken,
    Output<string> SmokeInput,
    string EngineVersion,
    Output<string> ClientInstanceId,
    Output<string> Region,
    string WorkingDirectory,
    Resource Cache,
    Resource Client);
