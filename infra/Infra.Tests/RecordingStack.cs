using Pulumi;

namespace Infra.Tests;

/// <summary>
/// Runs the program (<see cref="ElastiCacheStack.Define"/>) inside a stack whose resource
/// transformation records every resource with the options it was declared with. Transformations
/// of a stack apply to all resources below it, so this sees the parent of every resource, which
/// the mocked engine's URNs do not show. Tests run serially, so the recordings are static.
/// </summary>
internal sealed class RecordingStack : Stack
{
    private static readonly List<DeclaredResource> DeclaredResources = [];

    public RecordingStack()
        : base(new StackOptions { ResourceTransformations = { Record } })
    {
        ProgramOutputs = ElastiCacheStack.Define();
    }

    public static IDictionary<string, object?>? ProgramOutputs { get; private set; }

    public static IReadOnlyList<DeclaredResource> Declared
    {
        get
        {
            lock (DeclaredResources)
            {
                return DeclaredResources.ToList();
            }
        }
    }

    public static void Reset()
    {
        lock (DeclaredResources)
        {
            DeclaredResources.Clear();
        }

        ProgramOutputs = null;
    }

    private static ResourceTransformationResult? Record(ResourceTransformationArgs args)
    {
        lock (DeclaredResources)
        {
            DeclaredResources.Add(new DeclaredResource(args.Resource, args.Options));
        }

        return null;
    }
}
