using Smoke.Connection;

namespace Smoke.Bench;

/// <summary>
/// Everything one run needs, decided before any connection: the target (endpoints, TLS, AUTH,
/// timeouts, as the smoke check resolves it), the workload, and how its clients and connections
/// are split among its parts.
/// </summary>
internal sealed record BenchPlan(
    SmokeTarget Target,
    BenchOptions Options,
    KeyNames Keys,
    IReadOnlyList<WorkloadPart> Parts)
{
    public EndpointTarget Primary => Target.Primary;

    public EndpointTarget Reader => Target.Reader;

    /// <summary>Longest wait for any reply (--command-timeout).</summary>
    public TimeSpan ReplyTimeout => Target.Timeouts.Command;

    public static BenchPlan Create(SmokeTarget target, BenchOptions options, string? runId = null)
    {
        var parts = PartsOf(options);
        var clients = Apportion(options.InFlight, parts.Select(p => p.Share).ToArray(), parts.Select(_ => int.MaxValue).ToArray());
        var connections = Apportion(options.Connections, clients.Select(c => (double)c).ToArray(), clients);
        var planned = parts.Select((p, i) => p with { Clients = clients[i], Connections = connections[i] }).ToArray();
        return new BenchPlan(target, options, new KeyNames(runId ?? KeyNames.NewRunId(), options.KeySpace), planned);
    }

    public EndpointTarget EndpointOf(WorkloadPart part) => part.OnPrimary ? Primary : Reader;

    /// <summary>The parts of a workload with their share of the clients; SET always goes to the primary.</summary>
    internal static IReadOnlyList<WorkloadPart> PartsOf(BenchOptions options)
    {
        var parts = new List<WorkloadPart>();
        if (options.Writes)
        {
            parts.Add(new WorkloadPart(Operation.Set, OnPrimary: true, 1 - options.ReadShare));
        }

        if (options.Reads)
        {
            switch (options.ReadFrom)
            {
                case ReadTarget.Reader:
                    parts.Add(new WorkloadPart(Operation.Get, OnPrimary: false, options.ReadShare));
                    break;
                case ReadTarget.Primary:
                    parts.Add(new WorkloadPart(Operation.Get, OnPrimary: true, options.ReadShare));
                    break;
                default:
                    parts.Add(new WorkloadPart(Operation.Get, OnPrimary: true, options.ReadShare / 2));
                    parts.Add(new WorkloadPart(Operation.Get, OnPrimary: false, options.ReadShare / 2));
                    break;
            }
        }

        return parts;
    }

    /// <summary>
    /// Splits <paramref name="total"/> in proportion to <paramref name="weights"/> (largest
    /// remainder), each share at least 1 and at most its cap. The caller guarantees total ≥ count.
    /// </summary>
    internal static int[] Apportion(int total, IReadOnlyList<double> weights, IReadOnlyList<int> caps)
    {
        var shares = Enumerable.Repeat(1, weights.Count).ToArray();
        var weightSum = weights.Sum();
        for (var given = weights.Count; given < total; given++)
        {
            var best = -1;
            var bestDeficit = double.NegativeInfinity;
            for (var i = 0; i < weights.Count; i++)
            {
                var deficit = (weights[i] / weightSum * total) - shares[i];
                if (shares[i] < caps[i] && deficit > bestDeficit)
                {
                    best = i;
                    bestDeficit = deficit;
                }
            }

            if (best < 0)
            {
                break;
            }

            shares[best]++;
        }

        return shares;
    }
}
