using Pulumi;

namespace Infra.Tests;

/// <summary>A resource as the program declared it, with the options it passed (parent, protect, dependsOn, ...).</summary>
internal sealed record DeclaredResource(Resource Resource, ResourceOptions Options)
{
    public string Type => Resource.GetResourceType();

    public string Name => Resource.GetResourceName();
}
