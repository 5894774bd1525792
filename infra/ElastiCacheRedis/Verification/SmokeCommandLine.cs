using System.Globalization;

namespace ElastiCacheRedis;

/// <summary>
/// The smoke-test command the post-deploy check runs (smoke/Smoke's flags). No secret appears here:
/// the command names the environment variable that carries the AUTH token, and the rest of what
/// the check needs (replica count, rbac users and passwords) arrives on standard input
/// (<c>--outputs -</c>, <see cref="Infra.Settings.SmokeCheckInput"/>).
/// </summary>
internal static class SmokeCommandLine
{
    /// <summary>Path of the smoke project, relative to the Pulumi project root (the command's working directory).</summary>
    public const string SmokeProjectPath = "smoke/Smoke";

    /// <summary>Environment variable holding the AUTH token for the smoke test.</summary>
    public const string AuthTokenVariable = "SMOKE_AUTH_TOKEN";

    /// <summary>Environment variable the AWS CLI takes its region from.</summary>
    public const string RegionVariable = "AWS_REGION";

    public static string Build(
        string primaryHost, string readerHost, int port, bool transitEncryption, bool authEnabled, string clientInstanceId)
    {
        var portText = port.ToString(CultureInfo.InvariantCulture);
        var arguments = new List<string>
        {
            "dotnet", "run", "--project", SmokeProjectPath, "-c", "Release", "--",
            "--primary", $"{RequireHostName(primaryHost, "primary endpoint")}:{portText}",
            "--reader", $"{RequireHostName(readerHost, "reader endpoint")}:{portText}",
            transitEncryption ? "--tls" : "--no-tls",
            "--outputs", "-",
        };
        if (authEnabled)
        {
            arguments.Add("--auth-token-env");
            arguments.Add(AuthTokenVariable);
        }

        arguments.Add("--via-ssm");
        arguments.Add(RequireHostName(clientInstanceId, "client instance id"));
        arguments.Add("--json");
        return string.Join(' ', arguments);
    }

    // Endpoints and instance ids come from AWS; refusing anything but host-name characters keeps
    // the shell command free of quoting problems and injection.
    private static string RequireHostName(string value, string what)
    {
        if (string.IsNullOrEmpty(value) || !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-'))
        {
            throw new InvalidOperationException($"The {what} '{value}' is not a host name or resource id.");
        }

        return value;
    }
}
