namespace Infra.Settings;

/// <summary>The security groups of the stack.</summary>
public enum SecurityGroupRole
{
    /// <summary>The replication group's group.</summary>
    Cache,
    /// <summary>The client instance's group.</summary>
    Client,
    /// <summary>The VPC interface endpoints' group (ssm, ssmmessages, ec2messages).</summary>
    Endpoints,
}

/// <summary>
/// One allowed flow: <paramref name="Source"/> may open TCP <paramref name="Port"/> on <paramref name="Target"/>.
/// The program turns each flow into an ingress rule on the target's group and an egress rule on the
/// source's group, both referring to the other group, never to a CIDR.
/// </summary>
public sealed record AllowedFlow(SecurityGroupRole Source, SecurityGroupRole Target, int Port, string Description);

/// <summary>What kind of source outside the stack an <see cref="ExternalIngress"/> admits.</summary>
public enum ExternalSourceKind
{
    /// <summary>An application's security group (<c>sg-…</c>), from allowedSecurityGroupIds.</summary>
    SecurityGroup,
    /// <summary>A private IPv4 network, from allowedCidrBlocks.</summary>
    CidrBlock,
}

/// <summary>One source outside the stack that may open TCP <paramref name="Port"/> on the cache: one ingress rule on the cache's group.</summary>
public sealed record ExternalIngress(ExternalSourceKind Kind, string Source, int Port, string Description);

/// <summary>
/// DESIGN.md's network security baseline as data: the complete list of flows between the stack's
/// security groups and of the outside sources admitted to the cache port. Nothing else is open; in
/// particular nothing from 0.0.0.0/0 or ::/0.
/// </summary>
/// <param name="ClientHttpsToAnyDestination">
/// In an existing VPC without the stack's SSM endpoints, the client's agent reaches Systems Manager
/// and the package repositories through whatever the VPC offers (its own endpoints or a NAT
/// gateway), whose addresses the stack does not know: the client may then open HTTPS (443) anywhere.
/// Egress only; nothing may connect in.
/// </param>
public sealed record SecurityBaseline(
    IReadOnlyList<AllowedFlow> Flows,
    IReadOnlyList<ExternalIngress> ExternalIngress,
    bool ClientHttpsToAnyDestination)
{
    public SecurityBaseline(IReadOnlyList<AllowedFlow> flows)
        : this(flows, [], false)
    {
    }

    public IEnumerable<AllowedFlow> IngressTo(SecurityGroupRole target) => Flows.Where(f => f.Target == target);

    public IEnumerable<AllowedFlow> EgressFrom(SecurityGroupRole source) => Flows.Where(f => f.Source == source);
}

/// <summary>Builds the stack's <see cref="SecurityBaseline"/> from its settings.</summary>
public static class SecurityBaselines
{
    /// <summary>HTTPS port of the VPC interface endpoints (ssm, ssmmessages, ec2messages).</summary>
    public const int EndpointsPort = 443;

    /// <summary>
    /// With the client: the client may open the cache port on the cache and HTTPS on the interface
    /// endpoints (the SSM agent's only way out: the VPC has no internet route). Without the client
    /// there are no flows at all: the endpoints exist only for the client and are not created, and
    /// the cache accepts nothing until an operator attaches their own group.
    /// </summary>
    public static SecurityBaseline For(int cachePort, bool clientEnabled) => new(clientEnabled
        ? [
            new AllowedFlow(SecurityGroupRole.Client, SecurityGroupRole.Cache, cachePort, "Redis/Valkey clients on the cache port"),
            new AllowedFlow(SecurityGroupRole.Client, SecurityGroupRole.Endpoints, EndpointsPort, "SSM agent to the VPC interface endpoints (HTTPS)"),
        ]
        : []);

    /// <summary>
    /// <see cref="For(int, bool)"/> for the network's choices: the client-to-endpoints flow only when
    /// the stack creates the SSM endpoints, and one cache-port ingress per allowed group and CIDR.
    /// </summary>
    public static SecurityBaseline For(int cachePort, bool clientEnabled, NetworkSettings network)
    {
        var flows = For(cachePort, clientEnabled).Flows
            .Where(flow => flow.Target != SecurityGroupRole.Endpoints || network.CreateSsmEndpoints)
            .ToList();
        var external = network.AllowedSecurityGroupIds
            .Select(id => new ExternalIngress(ExternalSourceKind.SecurityGroup, id, cachePort, $"Cache port from application security group {id}"))
            .Concat(network.AllowedCidrBlocks
                .Select(cidr => new ExternalIngress(ExternalSourceKind.CidrBlock, cidr, cachePort, $"Cache port from private network {cidr}")))
            .ToList();
        return new SecurityBaseline(flows, external, clientEnabled && !network.CreatesVpc && !network.CreateSsmEndpoints);
    }
}
