using System.Collections.Immutable;
using Infra.Settings;
using Pulumi;
using Pulumi.Utilities;

namespace Infra.Tests;

public class AccessTests
{
    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task Rbac_DeclaresOneUserPerEntry_AGroupOfThem_AndAttachesIt_WithoutAToken(string stack)
    {
        var run = await StackRun.RunAsync(stack, StackConfigs.Rbac(stack));
        var access = run.Settings.Access;

        var users = run.OfType(ResourceTypes.User);
        Assert.Equal(["app", "default", "reporter"], users.Select(u => u.Text("userName")).Order(StringComparer.Ordinal));
        // Issue 17 item 3: engine redis whatever the cache's (a valkey group accepts redis users and
        // groups), and engine is ignored afterwards, so an engine change never replaces them.
        Assert.All(users, u => Assert.Equal("redis", u.Text("engine")));
        Assert.All(run.Declared.Where(d => d.Type == ResourceTypes.User), d => Assert.Contains("engine", d.Options.IgnoreChanges));
        Assert.Contains("engine", run.DeclaredSingle(ResourceTypes.UserGroup).Options.IgnoreChanges);

        var group = run.Single(ResourceTypes.UserGroup);
        Assert.Equal(access.UserGroupId, group.Text("userGroupId"));
        Assert.Equal("redis", group.Text("engine"));
        Assert.Equal(access.Users.Select(u => u.UserId).Order(StringComparer.Ordinal), group.Texts("userIds").Order(StringComparer.Ordinal));

        var replicationGroup = run.Single(ResourceTypes.ReplicationGroup);
        Assert.Equal([access.UserGroupId!], replicationGroup.Texts("userGroupIds"));
        Assert.False(replicationGroup.Has("authToken"));
        // DELETE with the user group is the provider's in-place AUTH -> RBAC migration.
        Assert.Equal("DELETE", replicationGroup.Text("authTokenUpdateStrategy"));
        Assert.True(replicationGroup.Flag("transitEncryptionEnabled"));
    }

    [Fact]
    public async Task Rbac_TheDefaultUserIsOff_WithoutCommands()
    {
        var run = await StackRun.RunAsync("dev", StackConfigs.Rbac("dev"));

        var defaultUser = run.OfType(ResourceTypes.User).Single(u => u.Text("userName") == "default");
        Assert.Equal("off -@all", defaultUser.Text("accessString"));
        Assert.NotEqual("default", defaultUser.Text("userId"));
    }

    [Fact]
    public async Task Rbac_PasswordUsersCarryTheirPasswords_IamUsersNone()
    {
        var run = await StackRun.RunAsync("dev", StackConfigs.Rbac("dev"));
        var users = run.OfType(ResourceTypes.User).ToDictionary(u => u.Text("userName"));

        var app = users["app"].Fields("authenticationMode");
        Assert.Equal("password", Assert.IsType<string>(app["type"]));
        Assert.Equal([StackConfigs.TestAppPassword], ((IEnumerable<object?>)app["passwords"]!).Cast<string>());
        var reporter = users["reporter"].Fields("authenticationMode");
        Assert.Equal("iam", Assert.IsType<string>(reporter["type"]));
        Assert.False(reporter.ContainsKey("passwords"));
        Assert.Equal("reporter", users["reporter"].Text("userId"));
        Assert.All(users.Values, u => Assert.False(u.Has("passwords")));
    }

    [Fact]
    public async Task Rbac_Outputs_UsersPlain_PasswordsAndConnectionStringsSecret()
    {
        var run = await StackRun.RunAsync("dev", StackConfigs.Rbac("dev"));
        var outputs = run.Outputs;

        Assert.Equal("rbac", Assert.IsType<string>(outputs[StackOutputNames.AuthMode]));
        Assert.False(outputs.ContainsKey(StackOutputNames.AuthToken));

        var users = Assert.IsType<ImmutableDictionary<string, object>>(outputs[StackOutputNames.Users]);
        Assert.Equal(["app", "default", "reporter"], users.Keys.Order(StringComparer.Ordinal));
        // Each user's fields are text (AccessOutputShapes.Users), so the value is a string map.
        var app = Assert.IsType<ImmutableDictionary<string, string>>(users["app"]);
        Assert.Equal("on ~app:* -@all +@read +@write", app["access"]);
        Assert.Equal("password", app["auth"]);
        Assert.Equal("iam", Assert.IsType<ImmutableDictionary<string, string>>(users["reporter"])["auth"]);

        var passwords = Assert.IsType<Output<ImmutableDictionary<string, string>>>(outputs[StackOutputNames.UserPasswords]);
        Assert.True(await Output.IsSecretAsync(passwords));
        var passwordValues = await OutputUtilities.GetValueAsync(passwords);
        Assert.Equal(StackConfigs.TestAppPassword, passwordValues["app"]);
        Assert.Equal(StackConfigs.TestDefaultPassword, passwordValues["default"]);
        Assert.False(passwordValues.ContainsKey("reporter"));

        var connectionStrings = Assert.IsType<Output<ImmutableDictionary<string, string>>>(outputs[StackOutputNames.ConnectionStrings]);
        Assert.True(await Output.IsSecretAsync(connectionStrings));
        var host = MockCloud.PrimaryEndpointOf(run.Settings.Names.ReplicationGroupId);
        Assert.Equal(
            ClientConnectionStrings.StackExchangeRedis(host, run.Settings.Cache.Port, true, "app", StackConfigs.TestAppPassword),
            (await OutputUtilities.GetValueAsync(connectionStrings))["app"]);

        // No plain output carries a password.
        Assert.DoesNotContain(StackConfigs.TestAppPassword, System.Text.Json.JsonSerializer.Serialize(users), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task TokenMode_HasNoUsers_AndSaysSo(string stack)
    {
        var run = await StackRun.RunAsync(stack, StackConfigs.FromStackFile(stack));

        Assert.Empty(run.OfType(ResourceTypes.User));
        Assert.Empty(run.OfType(ResourceTypes.UserGroup));
        Assert.Equal("token", Assert.IsType<string>(run.Outputs[StackOutputNames.AuthMode]));
        Assert.False(run.Outputs.ContainsKey(StackOutputNames.Users));
        var group = run.Single(ResourceTypes.ReplicationGroup);
        Assert.Equal(StackConfigs.TestAuthToken, group.Text("authToken"));
        Assert.Empty(group.Items("userGroupIds"));
    }

    [Fact]
    public async Task TokenToRbac_ChangesOnlyAuthInputs_OfTheReplicationGroup()
    {
        // What the provider's update sees when a token stack moves to rbac: the token goes, the user
        // group comes, the strategy becomes DELETE; nothing that forces replacement changes.
        var token = (await StackRun.RunAsync("prod", StackConfigs.FromStackFile("prod"))).Single(ResourceTypes.ReplicationGroup).Inputs;
        var rbac = (await StackRun.RunAsync("prod", StackConfigs.Rbac("prod"))).Single(ResourceTypes.ReplicationGroup).Inputs;

        // finalSnapshotIdentifier carries the run's time and is ignored after creation (ignoreChanges).
        var changed = token.Keys.Union(rbac.Keys)
            .Where(key => key != "finalSnapshotIdentifier")
            .Where(key => Json(token.TryGetValue(key, out var before) ? before : null) != Json(rbac.TryGetValue(key, out var after) ? after : null))
            .Order(StringComparer.Ordinal);
        Assert.Equal(["authToken", "authTokenUpdateStrategy", "userGroupIds"], changed);
    }

    [Fact]
    public async Task NoneMode_HasNeitherTokenNorUsers()
    {
        var config = StackConfigs.FromStackFile("dev").Without("authToken").With("authMode", "none").With("transitEncryption", "false");
        var run = await StackRun.RunAsync("dev", config);

        var group = run.Single(ResourceTypes.ReplicationGroup);
        Assert.False(group.Has("authToken"));
        Assert.False(group.Has("authTokenUpdateStrategy"));
        Assert.False(group.Has("transitEncryptionMode"));
        Assert.Empty(run.OfType(ResourceTypes.User));
        Assert.Equal("none", Assert.IsType<string>(run.Outputs[StackOutputNames.AuthMode]));
    }

    private static string Json(object? value) => System.Text.Json.JsonSerializer.Serialize(value);
}
