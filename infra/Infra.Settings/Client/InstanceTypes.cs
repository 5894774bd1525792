using System.Text.RegularExpressions;

namespace Infra.Settings;

/// <summary>Rules for the client's EC2 instance type and the architecture it implies.</summary>
public static partial class InstanceTypes
{
    // <family letters><generation digit(s)><attribute letters, may contain '-' as in m7i-flex>.<size>
    [GeneratedRegex("^(?<family>[a-z]+)(?<generation>[0-9]+)(?<attributes>[a-z][a-z-]*[a-z]|[a-z])?\\.(?<size>nano|micro|small|medium|large|[0-9]*xlarge|metal(-[0-9]+xl)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>
    /// The CPU architecture of a well-formed instance type, or null when it is malformed.
    /// Graviton families carry a <c>g</c> as the first attribute letter after the generation
    /// (t4g, m7g, c7gn, m6gd, r8g, x2gd, im4gn, is4gen); <c>a1</c> is the first-generation
    /// Graviton. Everything else is x86_64. macOS families are not supported (dedicated hosts).
    /// </summary>
    public static CpuArchitecture? Architecture(string instanceType)
    {
        var match = Pattern().Match(instanceType);
        if (!match.Success || match.Groups["family"].Value == "mac")
        {
            return null;
        }

        var family = match.Groups["family"].Value;
        var generation = match.Groups["generation"].Value;
        var attributes = match.Groups["attributes"].Value;
        var graviton = attributes.StartsWith('g') || (family == "a" && generation == "1");
        return graviton ? CpuArchitecture.Arm64 : CpuArchitecture.X86_64;
    }

    /// <summary>The public SSM parameter holding the latest Amazon Linux 2023 AMI for the architecture.</summary>
    public static string AmiParameterName(CpuArchitecture architecture) =>
        "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-"
        + (architecture == CpuArchitecture.Arm64 ? "arm64" : "x86_64");
}
