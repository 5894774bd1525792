using System.Text.RegularExpressions;
using Smoke.Cli;
using Smoke.Connection;
using Smoke.Input;

namespace Smoke.Ssm;

/// <summary>
/// --via-ssm: which instance and region the port-forwarding sessions use, and how a target is
/// rerouted through them. Every problem is found here, before anything is started (exit 2).
/// </summary>
public static partial class SsmRoute
{
    public static bool IsInstanceId(string text) => InstanceIdPattern().IsMatch(text);

    /// <summary>The tunnels to open for <paramref name="target"/>, or null without --via-ssm.</summary>
    /// <exception cref="UsageException">No instance id, a malformed one, or the AWS CLI / Session Manager plugin missing.</exception>
    public static SsmTunnelRequest? Plan(TargetOptions options, StackOutputs? outputs, SmokeTarget target, Func<string, string?> environment)
    {
        if (!options.ViaSsm)
        {
            return null;
        }

        var instanceId = options.SsmInstanceId ?? outputs?.ClientInstanceId ?? throw new UsageException(
            $"--via-ssm: no instance id given and no {StackOutputs.ClientInstanceIdKey} in the stack outputs "
            + "(is clientEnabled false?); give --via-ssm <instance-id>");
        if (!IsInstanceId(instanceId))
        {
            throw new UsageException(
                $"{StackOutputs.ClientInstanceIdKey} ({outputs?.Source}): '{instanceId}' is not an instance id (allowed: i- followed by 8 to 17 hex digits)");
        }

        var searchPath = environment("PATH");
        try
        {
            SsmTunnels.RequirePrerequisites(searchPath);
        }
        catch (SsmPrerequisiteException e)
        {
            throw new UsageException(e.Message);
        }

        return new SsmTunnelRequest(instanceId, outputs?.Region, [Remote(target.Primary), Remote(target.Reader)], options.SsmTimeout, searchPath);
    }

    /// <summary>The same target reached through the tunnels: sockets go to the local ports, TLS still names the real hosts.</summary>
    public static SmokeTarget Reroute(SmokeTarget target, SsmTunnels tunnels) =>
        target with { Primary = Through(target.Primary, tunnels), Reader = Through(target.Reader, tunnels) };

    private static EndpointTarget Through(EndpointTarget endpoint, SsmTunnels tunnels) =>
        endpoint with { Address = new HostPort("127.0.0.1", tunnels.For(Remote(endpoint)).LocalPort) };

    private static RemoteEndpoint Remote(EndpointTarget endpoint) => new(endpoint.Address.Host, endpoint.Address.Port);

    [GeneratedRegex("^m?i-[0-9a-f]{8,17}$", RegexOptions.CultureInvariant)]
    private static partial Regex InstanceIdPattern();
}
