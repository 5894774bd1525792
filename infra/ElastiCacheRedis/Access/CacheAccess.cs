using System.Collections.Immutable;
using Infra.Settings;
using Pulumi;
using Aws = Pulumi.Aws;

namespace ElastiCacheRedis;

/// <summary>
/// The ElastiCache users of authMode rbac (the <c>default</c> user among them) and the user group
/// that holds them; the replication group attaches the group. Passwords reach the provider only
/// as Pulumi secrets.
/// </summary>
internal sealed class CacheAccess : ComponentResource
{
    public const string TypeToken = "elasticache-redis:access:CacheAccess";

    public Output<string> UserGroupId { get; }

    public CacheAccess(string name, CacheAccessArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var access = args.Settings;
        var users = access.Users.Select(user => new Aws.ElastiCache.User($"{name}-user-{user.Name}", new Aws.ElastiCache.UserArgs
        {
            UserId = user.UserId,
            UserName = user.Name,
            AccessString = user.AccessString,
            Engine = access.UserEngine,
            AuthenticationMode = AuthenticationOf(user),
            Tags = ResourceTags.For(args.Tags, user.UserId),
        }, KeepEngine())).ToList();

        // The user outputs (not the ids from the settings) so the group waits for its users.
        var userIds = new InputList<string>();
        foreach (var user in users)
        {
            userIds.Add(user.UserId);
        }

        var groupId = access.UserGroupId ?? throw new ArgumentException("authMode rbac has a user group id.", nameof(args));
        var group = new Aws.ElastiCache.UserGroup($"{name}-users", new Aws.ElastiCache.UserGroupArgs
        {
            UserGroupId = groupId,
            Engine = access.UserEngine,
            UserIds = userIds,
            Tags = ResourceTags.For(args.Tags, groupId),
        }, KeepEngine());

        UserGroupId = group.UserGroupId;
        RegisterOutputs(new Dictionary<string, object?> { ["userGroupId"] = UserGroupId });
    }

    /// <summary>
    /// The users and the group are created with engine redis (AccessSettingsReader.UserEngine), which
    /// valkey and redis groups both accept. Stacks deployed before that created them with the cache's
    /// engine; ignoring engine keeps those as they are instead of changing the engine of a user group
    /// with a fixed id that the replication group holds (the provider's user_group.go marks engine
    /// ForceNew, so the change would be a replacement that collides with itself).
    /// </summary>
    private CustomResourceOptions KeepEngine() => new() { Parent = this, IgnoreChanges = { "engine" } };

    private static Aws.ElastiCache.Inputs.UserAuthenticationModeArgs AuthenticationOf(CacheUser user)
    {
        if (user.Authentication == UserAuthentication.Iam)
        {
            return new Aws.ElastiCache.Inputs.UserAuthenticationModeArgs { Type = "iam" };
        }

        return new Aws.ElastiCache.Inputs.UserAuthenticationModeArgs
        {
            Type = "password",
            Passwords = Output.CreateSecret(user.Passwords.Select(password => password.Reveal()).ToImmutableArray()),
        };
    }
}
