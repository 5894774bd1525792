namespace Smoke.Bench;

/// <summary>
/// One part of the workload: an operation against one endpoint (primary or reader), with its
/// share of the clients in flight and how many of them and of the connections it got.
/// </summary>
internal sealed record WorkloadPart(Operation Operation, bool OnPrimary, double Share, int Clients = 0, int Connections = 0)
{
    public string EndpointName => OnPrimary ? "primary" : "reader";

    public string Label => $"{Operation.ToString().ToUpperInvariant()} {EndpointName}";
}
