using Smoke.Connection;
using StackExchange.Redis;

namespace Smoke.Checks;

/// <summary>What the run knows about one endpoint as the checks go: how far it got, and its client connection.</summary>
public sealed class EndpointSession(EndpointTarget endpoint, SmokeTarget target) : IAsyncDisposable
{
    public EndpointTarget Endpoint { get; } = endpoint;

    public EndpointProbe Probe { get; } = new(endpoint, target);

    /// <summary>The check that failed for this endpoint, stopping the layers above it; null while all pass.</summary>
    public string? FailedLayer { get; set; }

    public ConnectionMultiplexer? Connection { get; set; }

    public ServerRole Role { get; set; } = ServerRole.Unknown;

    public IDatabase Database => Connection?.GetDatabase() ?? throw new InvalidOperationException("not connected");

    public ValueTask DisposeAsync() => Probe.DisposeAsync();
}
