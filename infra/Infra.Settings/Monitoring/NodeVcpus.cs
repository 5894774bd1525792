namespace Infra.Settings;

/// <summary>
/// vCPUs per ElastiCache node type, for the CPUUtilization alarm of small nodes. Source: ElastiCache
/// "Supported node types" (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheNodes.SupportedTypes.html)
/// and the EC2 instance types each node family runs on (https://aws.amazon.com/ec2/instance-types/):
/// t3/t4g micro to medium have 2 vCPUs; in the m, r and c families large has 2 and each xlarge step
/// doubles from 4 (xlarge 4, 2xlarge 8, 4xlarge 16, 8xlarge 32, 12xlarge 48, 16xlarge 64, 24xlarge 96).
/// </summary>
public static class NodeVcpus
{
    private static readonly IReadOnlyList<string> BurstableFamilies = ["t3", "t4g"];

    private static readonly IReadOnlyList<string> SizedFamilies = ["m5", "m6g", "m7g", "r5", "r6g", "r7g", "r6gd", "c7gn"];

    private static readonly IReadOnlyDictionary<string, int> VcpusBySize = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["large"] = 2,
        ["xlarge"] = 4,
        ["2xlarge"] = 8,
        ["4xlarge"] = 16,
        ["8xlarge"] = 32,
        ["12xlarge"] = 48,
        ["16xlarge"] = 64,
        ["24xlarge"] = 96,
    };

    /// <summary>Node type → vCPUs, for every node type of the families this stack accepts.</summary>
    public static IReadOnlyDictionary<string, int> Table { get; } = BuildTable();

    /// <summary>vCPUs of the node type, or null when the table does not list it.</summary>
    public static int? Of(string nodeType) => Table.TryGetValue(nodeType, out var vcpus) ? vcpus : null;

    private static Dictionary<string, int> BuildTable()
    {
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var family in BurstableFamilies)
        {
            foreach (var size in new[] { "micro", "small", "medium" })
            {
                table[$"cache.{family}.{size}"] = 2;
            }
        }

        foreach (var family in SizedFamilies)
        {
            foreach (var (size, vcpus) in VcpusBySize)
            {
                table[$"cache.{family}.{size}"] = vcpus;
            }
        }

        return table;
    }
}
