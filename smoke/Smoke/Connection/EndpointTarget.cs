using Smoke.Input;

namespace Smoke.Connection;

/// <summary>
/// One endpoint to test. <see cref="Address"/> is where sockets connect; <see cref="ServerName"/>
/// is the endpoint's real host name, used as the TLS server name (SNI and certificate check) and
/// in reports. They are the same unless traffic goes through a local forwarded port (an SSM
/// tunnel), where Address is 127.0.0.1:&lt;local port&gt; and ServerName stays the ElastiCache host.
/// </summary>
public sealed record EndpointTarget(EndpointRole Role, HostPort Address, string ServerName)
{
    public static EndpointTarget Direct(EndpointRole Role, HostPort address) => new(Role, address, address.Host);

    public bool IsForwarded => !string.Equals(Address.Host, ServerName, StringComparison.OrdinalIgnoreCase);

    public string Describe() => IsForwarded ? $"{ServerName} via {Address}" : Address.ToString();
}
