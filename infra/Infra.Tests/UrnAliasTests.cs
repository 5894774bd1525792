using Pulumi;
using Pulumi.Utilities;

namespace Infra.Tests;

/// <summary>
/// No churn on deployed stacks (issue 16): every URN the stack program gave a resource before the
/// Cache component existed (committed in TestData/urns-&lt;stack&gt;.txt) is the URN of a resource
/// declared now or one of its aliases, and every resource declared now (but the Cache itself) is one
/// of them. So `pulumi up` with this version deletes, replaces or renames nothing.
/// </summary>
/// <remarks>
/// URNs are computed as the engine forms them: <c>urn:pulumi:&lt;stack&gt;::&lt;project&gt;::&lt;qualified type&gt;::&lt;name&gt;</c>,
/// the qualified type being the parent's qualified type, <c>$</c>, the type (a resource of the stack
/// itself has its bare type). Aliases: <c>NoParent</c> means the same name and type at the top; a
/// child inherits an alias for each of its parent's (the parent's aliased qualified type, <c>$</c>, its type).
/// </remarks>
public class UrnAliasTests
{
    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    [InlineData("shared-vpc")]
    public async Task Every_old_urn_is_kept_or_aliased_and_nothing_is_new(string stack)
    {
        var config = stack == "shared-vpc" ? StackConfigs.FromExample(stack) : StackConfigs.FromStackFile(stack);
        var run = await StackRun.RunAsync(stack, config);
        var before = OldUrns(stack);

        var now = await DeclaredUrns(stack, run.Declared);

        var kept = now.SelectMany(resource => resource.Aliases.Append(resource.Urn)).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(before, urn => !kept.Contains(urn));
        var cache = Assert.Single(now, resource => !resource.Aliases.Append(resource.Urn).Any(before.Contains));
        Assert.Equal($"urn:pulumi:{stack}::{StackRun.Project}::{Cache.TypeToken}::{run.Settings.Names.Prefix}", cache.Urn);
    }

    private sealed record DeclaredUrn(string Urn, IReadOnlyList<string> Aliases);

    private static IReadOnlySet<string> OldUrns(string stack)
    {
        var root = PulumiProjectRoot.Find(AppContext.BaseDirectory);
        return File.ReadAllLines(Path.Combine(root, "infra", "Infra.Tests", "TestData", $"urns-{stack}.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static async Task<IReadOnlyList<DeclaredUrn>> DeclaredUrns(string stack, IReadOnlyList<DeclaredResource> declared)
    {
        var byResource = declared.ToDictionary<DeclaredResource, Resource>(resource => resource.Resource, ReferenceEqualityComparer.Instance);
        var typeChains = new Dictionary<object, IReadOnlyList<string>>(ReferenceEqualityComparer.Instance);

        // Qualified types this resource answers to: its own first, then those of its aliases.
        async Task<IReadOnlyList<string>> QualifiedTypes(DeclaredResource resource)
        {
            if (typeChains.TryGetValue(resource.Resource, out var known))
            {
                return known;
            }

            var parent = resource.Options.Parent is { } p && byResource.TryGetValue(p, out var found) ? found : null;
            var types = parent is null
                ? new List<string> { resource.Type }
                : (await QualifiedTypes(parent)).Select(chain => $"{chain}${resource.Type}").ToList();
            foreach (var input in resource.Options.Aliases)
            {
                var alias = await OutputUtilities.GetValueAsync(input.ToOutput());
                Assert.True(
                    alias.NoParent && alias.Name is null && alias.Type is null && alias.Stack is null && alias.Project is null && alias.Urn is null,
                    $"{resource.Name}: an alias form this test does not model");
                types.Add(resource.Type);
            }

            var distinct = types.Distinct(StringComparer.Ordinal).ToList();
            typeChains[resource.Resource] = distinct;
            return distinct;
        }

        var urns = new List<DeclaredUrn>();
        foreach (var resource in declared)
        {
            var types = await QualifiedTypes(resource);
            var all = types.Select(type => $"urn:pulumi:{stack}::{StackRun.Project}::{type}::{resource.Name}").ToList();
            urns.Add(new DeclaredUrn(all[0], all.Skip(1).ToList()));
        }

        return urns;
    }
}
