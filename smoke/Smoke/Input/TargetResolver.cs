using Smoke.Cli;
using Smoke.Connection;

namespace Smoke.Input;

/// <summary>
/// Merges stack outputs and operator flags (flags win) into a <see cref="SmokeTarget"/>, or throws
/// <see cref="UsageException"/> listing every missing or bad value, each naming its key and flag.
/// </summary>
public static class TargetResolver
{
    public static SmokeTarget Resolve(TargetOptions options, StackOutputs? outputs, Func<string, string?> environment)
    {
        var problems = new List<string>();
        var source = outputs is null ? "no stack outputs given" : $"stack outputs: {outputs.Source}";
        var primary = Endpoint(EndpointRole.Primary, options.Primary, outputs?.PrimaryEndpoint, StackOutputs.PrimaryEndpointKey, "--primary", outputs, source, problems);
        var reader = Endpoint(EndpointRole.Reader, options.Reader, outputs?.ReaderEndpoint, StackOutputs.ReaderEndpointKey, "--reader", outputs, source, problems);

        var tls = options.Tls ?? outputs?.TransitEncryption;
        if (tls is null && outputs is not null)
        {
            problems.Add($"{StackOutputs.TransitEncryptionKey}: missing ({source}); or give --tls / --no-tls");
        }

        var login = LoginResolver.Resolve(options, outputs, environment, problems);
        var trust = Trust(options, problems);
        if (problems.Count > 0)
        {
            throw new UsageException(problems);
        }

        return new SmokeTarget(
            primary!,
            reader!,
            Tls: tls ?? false,
            login.Secret,
            trust,
            new ConnectionTimeouts(options.ConnectTimeout, options.CommandTimeout))
        {
            Replicas = outputs?.Replicas,
            User = login.User,
            UserPicked = login.Picked,
        };
    }

    private static EndpointTarget? Endpoint(
        EndpointRole role, EndpointOverride? flag, string? outputHost, string key, string flagName, StackOutputs? outputs, string source, List<string> problems)
    {
        var host = flag?.Host ?? outputHost;
        if (host is null)
        {
            problems.Add($"{key}: missing ({source}); or give {flagName} host[:port]");
        }

        var port = flag?.Port ?? outputs?.Port;
        if (port is null)
        {
            problems.Add($"{StackOutputs.PortKey}: missing for the {role.ToString().ToLowerInvariant()} endpoint ({source}); or give {flagName} host:port");
        }

        return host is null || port is null ? null : EndpointTarget.Direct(role, new HostPort(host, port.Value));
    }

    private static TlsTrust Trust(TargetOptions options, List<string> problems)
    {
        if (options.CaFile is not { } path)
        {
            return TlsTrust.System;
        }

        try
        {
            return TlsTrust.FromCaFile(path);
        }
        catch (InvalidDataException e)
        {
            problems.Add($"--ca-file: {e.Message}");
            return TlsTrust.System;
        }
    }
}
