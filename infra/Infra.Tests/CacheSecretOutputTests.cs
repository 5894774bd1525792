using System.Reflection;
using Pulumi;

namespace Infra.Tests;

/// <summary>
/// The analyzer's schema carries no secret flag, so this proves it on the component itself (issue 16,
/// item 7): every output of <see cref="Cache"/> that holds a token, a password or a connection string
/// is a secret Output, and no other output holds one.
/// </summary>
public class CacheSecretOutputTests
{
    private static readonly string[] TokenCarriers =
        [StackOutputNames.AuthToken, StackOutputNames.ConnectionString, StackOutputNames.ReaderConnectionString];

    private static readonly string[] PasswordCarriers = [StackOutputNames.UserPasswords, StackOutputNames.ConnectionStrings];

    [Fact]
    public async Task In_token_mode_the_token_is_only_in_secret_outputs()
    {
        var run = await StackRun.RunAsync("dev", StackConfigs.FromStackFile("dev"));

        await AssertOnlySecretsCarry(CacheOf(run), [StackConfigs.TestAuthToken], TokenCarriers);
    }

    [Fact]
    public async Task In_rbac_mode_the_passwords_are_only_in_secret_outputs()
    {
        var run = await StackRun.RunAsync("dev", StackConfigs.Rbac("dev"));

        await AssertOnlySecretsCarry(CacheOf(run), [StackConfigs.TestAppPassword, StackConfigs.TestDefaultPassword], PasswordCarriers);
    }

    private static Cache CacheOf(StackRunResult run) =>
        Assert.IsType<Cache>(run.DeclaredSingle(ResourceTypes.PackageComponent).Resource);

    private static async Task AssertOnlySecretsCarry(Cache cache, string[] secrets, string[] carriers)
    {
        var checkedOutputs = new List<string>();
        foreach (var property in typeof(Cache).GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            var name = property.GetCustomAttribute<OutputAttribute>()?.Name;
            if (name is null)
            {
                continue;
            }

            checkedOutputs.Add(name);
            var value = property.GetValue(cache);
            var text = await OutputText.Of(value);
            var carries = secrets.Any(secret => text.Contains(secret, StringComparison.Ordinal));
            if (carriers.Contains(name))
            {
                Assert.True(carries, $"{name} should carry the secret in this mode");
                Assert.True(await OutputText.IsSecret(value), $"{name} is not a secret output");
            }
            else
            {
                Assert.False(carries, $"{name} carries a secret");
            }
        }

        Assert.Subset(checkedOutputs.ToHashSet(), carriers.ToHashSet());
    }
}
