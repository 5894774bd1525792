using Pulumi;
using Pulumi.Testing;

namespace Infra.Tests;

/// <summary>
/// The Cache component used directly, as a C# consumer (or the provider) uses it: one rule set for its
/// inputs (issue 16, item 3). Decisions are checked at construction, all problems at once, before any
/// child or invoke; inputs that resolve later are checked when they resolve, before any child.
/// </summary>
public class CacheComponentTests
{
    private const string Stack = "component";
    private const string Token = "component-test-token-4d7e9a1b";

    private static async Task<Exception?> Run(MockCloud cloud, Func<CacheArgs> args, string name = "orders")
    {
        try
        {
            await Deployment.TestAsync(cloud.CreateMocks().Object, new TestOptions { IsPreview = false, ProjectName = StackRun.Project, StackName = Stack },
                () => { _ = new Cache(name, args()); });
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    // Completes only after the constructor has run: the component must defer it.
    private static Output<string> Later(string value) =>
        Output.Create(Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50));
            return value;
        }));

    [Fact]
    public async Task Bad_decisions_fail_at_construction_all_together_before_any_child_or_invoke()
    {
        var cloud = new MockCloud();

        var error = await Run(cloud, () => new CacheArgs { NodeType = "cache.x1.huge", Replicas = 9, AuthToken = Output.CreateSecret("tiny-secret") });

        Assert.NotNull(error);
        foreach (var input in new[] { "nodeType", "replicas", "authToken", "Cache 'orders'" })
        {
            Assert.Contains(input, error.ToString(), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("tiny-secret", error.ToString(), StringComparison.Ordinal);
        Assert.All(cloud.Registrations, registration => Assert.Equal(ResourceTypes.PackageComponent, registration.Type));
        Assert.Empty(cloud.Calls);
    }

    [Fact]
    public async Task A_bad_input_that_resolves_later_fails_before_any_child()
    {
        var cloud = new MockCloud();

        var error = await Run(cloud, () => new CacheArgs { AuthToken = Output.CreateSecret(Later("tiny-secret")) });

        Assert.NotNull(error);
        Assert.Contains("authToken", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("tiny-secret", error.ToString(), StringComparison.Ordinal);
        Assert.All(cloud.Registrations, registration => Assert.Equal(ResourceTypes.PackageComponent, registration.Type));
    }

    [Fact]
    public async Task Inputs_that_resolve_later_give_the_same_resources_as_known_ones()
    {
        var known = new MockCloud();
        var later = new MockCloud();

        Assert.Null(await Run(known, () => new CacheArgs { AuthToken = Output.CreateSecret(Token), AllowedCidrBlocks = new InputList<string> { "10.20.0.0/16" } }));
        Assert.Null(await Run(later, () => new CacheArgs { AuthToken = Output.CreateSecret(Later(Token)), AllowedCidrBlocks = new InputList<string> { Later("10.20.0.0/16") } }));

        Assert.Equal(Names(known), Names(later));
        Assert.Contains(later.Registrations, r => r.Type == ResourceTypes.IngressRule && r.Name == "orders-network-app-cidr-0-to-cache-6379-in");
    }

    [Fact]
    public async Task Children_depend_on_the_resources_behind_the_inputs()
    {
        // The children get the inputs' values as plain settings; without an explicit dependency a
        // destroy could delete the consumer's topic, subnets or VPC while the cache still uses them.
        var cloud = new MockCloud();
        var declared = new List<DeclaredResource>();
        ResourceTransformationResult? Record(ResourceTransformationArgs args)
        {
            lock (declared)
            {
                declared.Add(new DeclaredResource(args.Resource, args.Options));
            }

            return null;
        }

        await Deployment.TestAsync(cloud.CreateMocks().Object, new TestOptions { IsPreview = false, ProjectName = StackRun.Project, StackName = Stack }, () =>
        {
            var topic = new Pulumi.Aws.Sns.Topic("ops-alerts");
            _ = new Cache("orders", new CacheArgs { AuthToken = Token, AlarmTopicArn = topic.Arn }, new ComponentResourceOptions { ResourceTransformations = { Record } });
        });

        var monitoring = declared.Single(resource => resource.Type == ResourceTypes.MonitoringComponent);
        Assert.Contains(ResourceTypes.Topic, await ClientTests.DependenciesOf(monitoring));
        Assert.DoesNotContain(cloud.Registrations, registration => registration.Type == ResourceTypes.Topic && registration.Name != "ops-alerts");
    }

    [Fact]
    public async Task Aws_names_come_from_the_component_name()
    {
        var cloud = new MockCloud();

        Assert.Null(await Run(cloud, () => new CacheArgs { AuthToken = Token }, name: "sessions"));

        Assert.Equal("sessions", cloud.Registrations.Single(r => r.Type == ResourceTypes.ReplicationGroup).Text("replicationGroupId"));
    }

    [Fact]
    public async Task VerifyOnUp_is_refused_outside_a_checkout_with_how_to_run_the_smoke_test()
    {
        var cloud = new MockCloud();
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(Path.GetTempPath());
        try
        {
            var error = await Run(cloud, () => new CacheArgs { AuthToken = Token, VerifyOnUp = true });

            Assert.NotNull(error);
            Assert.Contains("verifyOnUp", error.ToString(), StringComparison.Ordinal);
            Assert.Contains("dotnet run --project smoke/Smoke", error.ToString(), StringComparison.Ordinal);
            Assert.All(cloud.Registrations, registration => Assert.Equal(ResourceTypes.PackageComponent, registration.Type));
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }

    private static List<string> Names(MockCloud cloud) =>
        cloud.Registrations.Select(r => $"{r.Type} {r.Name}").Order(StringComparer.Ordinal).ToList();
}
