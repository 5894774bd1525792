using System.Net;
using Smoke.Bench;
using Smoke.Connection;
using Smoke.Input;
using Smoke.Local;

namespace Smoke.Failover;

/// <summary>
/// `smoke failover --local`'s stand-in for a replication group: the throwaway pair of `smoke
/// local` (primary 127.0.0.2, replica 127.0.0.3) behind two movable endpoints (loopback
/// forwarders), the primary endpoint and the reader endpoint, as ElastiCache puts DNS names in
/// front of its nodes. Dispose stops the forwarders and removes the pair (processes and files).
/// </summary>
internal sealed class LocalFailoverSite : IDisposable
{
    private LocalFailoverSite(LocalPair pair, TcpForwarder primary, TcpForwarder reader, ConnectionTimeouts timeouts)
    {
        Pair = pair;
        PrimaryEndpoint = primary;
        ReaderEndpoint = reader;
        Target = new SmokeTarget(
            new EndpointTarget(EndpointRole.Primary, new HostPort(IPAddress.Loopback.ToString(), primary.Port), "primary-endpoint"),
            new EndpointTarget(EndpointRole.Reader, new HostPort(IPAddress.Loopback.ToString(), reader.Port), "reader-endpoint"),
            Tls: false,
            AuthToken: null,
            TlsTrust.System,
            timeouts)
        {
            Replicas = 1,
        };
    }

    public LocalPair Pair { get; }

    public TcpForwarder PrimaryEndpoint { get; }

    public TcpForwarder ReaderEndpoint { get; }

    public SmokeTarget Target { get; }

    public IPEndPoint FirstNode => new(IPAddress.Parse(LocalPair.PrimaryAddress), Pair.Port);

    public IPEndPoint SecondNode => new(IPAddress.Parse(LocalPair.ReplicaAddress), Pair.Port);

    public static LocalFailoverSite Start(string executable, ConnectionTimeouts timeouts)
    {
        var pair = LocalPair.Start(executable, tls: false);
        TcpForwarder? primary = null;
        try
        {
            primary = TcpForwarder.Start(new IPEndPoint(IPAddress.Parse(LocalPair.PrimaryAddress), pair.Port));
            var reader = TcpForwarder.Start(new IPEndPoint(IPAddress.Parse(LocalPair.ReplicaAddress), pair.Port));
            var site = new LocalFailoverSite(pair, primary, reader, timeouts);
            try
            {
                site.WaitForOnlineReplica();
                return site;
            }
            catch
            {
                site.Dispose();
                throw;
            }
        }
        catch
        {
            primary?.Dispose();
            pair.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Waits (bounded) until the primary streams to the replica: a probe write must be readable on it. After a diskless first sync the replica shows as online while the primary
    /// still holds its stream back until the replica's first REPLCONF ACK (up to a second later);
    /// a failover in that window would lose every write of it, a property of a freshly started
    /// pair, not of the failover the drill measures.
    /// </summary>
    private void WaitForOnlineReplica()
    {
        const string probe = "smoke:failover-probe";
        var value = Guid.NewGuid().ToString("N");
        Execute(FirstNode, "SET", probe, value, "PX", "60000");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (Execute(SecondNode, "GET", probe).Text != value)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException("the replica did not receive a write within 15 s");
            }

            Thread.Sleep(20);
        }

        Execute(FirstNode, "DEL", probe);
    }

    /// <summary>Sends one admin command straight to a node (not through an endpoint).</summary>
    public RespValue Execute(IPEndPoint node, params string[] command)
    {
        var endpoint = EndpointTarget.Direct(EndpointRole.Primary, new HostPort(node.Address.ToString(), node.Port));
        using var connection = RespConnection.Open(endpoint, Target, CancellationToken.None);
        return connection.Execute(command);
    }

    public void Dispose()
    {
        PrimaryEndpoint.Dispose();
        ReaderEndpoint.Dispose();
        Pair.Dispose();
    }
}
