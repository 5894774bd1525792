using System.Collections.Immutable;
using Infra.Settings;

namespace Infra.Tests;

/// <summary>What one in-process run of the program produced.</summary>
/// <param name="Settings">The settings the program was given (parsed from the same config), for expectations.</param>
internal sealed record StackRunResult(
    StackSettings Settings,
    IReadOnlyList<Registration> Registrations,
    IReadOnlyList<(string Token, ImmutableDictionary<string, object> Args)> Calls,
    IReadOnlyList<DeclaredResource> Declared,
    IDictionary<string, object?> Outputs)
{
    public IReadOnlyList<Registration> OfType(string type) => Registrations.Where(r => r.Type == type).ToList();

    public Registration Single(string type) => Registrations.Single(r => r.Type == type);

    public Registration Named(string type, string nameSuffix) =>
        Registrations.Single(r => r.Type == type && r.Name.EndsWith(nameSuffix, StringComparison.Ordinal));

    public DeclaredResource DeclaredSingle(string type) => Declared.Single(d => d.Type == type);

    /// <summary>The id the mocks gave the security group of a role (its name ends with the role's slug).</summary>
    public string SecurityGroupId(SecurityGroupRole role) =>
        Named(ResourceTypes.SecurityGroup, "-" + SecurityGroupNames.Slug(role)).Id!;
}
