namespace Infra.Settings;

/// <summary>
/// vCPUs per ElastiCache node type, for the CPUUtilization alarm of small nodes. Source: ElastiCache
/// "Supported node types" (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheNodes.SupportedTypes.html)
/// and the EC2 instance types each node family runs on (https://aws.amazon.com/ec2/instance-types/):
/// t3/t4g micro to medium have 2 vCPUs; in the m, r and c families large has 2 and each xlarge step
/// doubles from 4 (xlarge 4, 2xlarge 8, 4xlarge 16, 8xlarge 32, 10xlarge 40, 12xlarge 48, 16xlarge 64, 24xlarge 96).
/// </summary>
public static class NodeVcpus
{
    private static readonly IReadOnlyDictionary<string, int> VcpusBySize = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["large"] = 2,
        ["xlarge"] = 4,
        ["2xlarge"] = 8,
        ["4xlarge"] = 16,
        ["8xlarge"] = 32,
        // m4.10xlarge (EC2 m4.10xlarge: 40 vCPUs).
        ["10xlarge"] = 40,
        ["12xlarge"] = 48,
        ["16xlarge"] = 64,
        ["24xlarge"] = 96,
    };

    /// <summary>Node type → vCPUs, for every node type the stack accepts (NodeTypes.All), m4 and r4 included.</summary>
    public static IReadOnlyDictionary<string, int> Table { get; } = BuildTable();

    /// <summary>vCPUs of the node type, or null when the table does not list it.</summary>
    public static int? Of(string nodeType) => Table.TryGetValue(nodeType, out var vcpus) ? vcpus : null;

    private static Dictionary<string, int> BuildTable()
    {
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var nodeType in NodeTypes.All)
        {
            var size = nodeType[(nodeType.LastIndexOf('.') + 1)..];
            table[nodeType] = NodeTypes.Burstable.Contains(size, StringComparer.Ordinal) ? 2 : VcpusBySize[size];
        }

        return table;
    }
}
