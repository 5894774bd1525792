using System.Reflection;
using StackExchange.Redis;

namespace Smoke.Connection;

/// <summary>
/// Gives a StackExchange.Redis connection the ElastiCache user to log in as. The library sends
/// AUTH &lt;user&gt; &lt;password&gt; from 2.x on (<c>ConfigurationOptions.User</c>); 1.2.6, the pin
/// until the planned upgrade, only sends AUTH &lt;password&gt;, which logs in as the default user.
/// The property is looked up at run time so this builds with both; after the upgrade this is
/// <c>options.User = user</c>.
/// </summary>
public static class RedisUserLogin
{
    private static readonly PropertyInfo? UserProperty = typeof(ConfigurationOptions).GetProperty("User", typeof(string));

    /// <summary>Whether the StackExchange.Redis in use can log in as a named user.</summary>
    public static bool Supported => UserProperty is not null;

    /// <summary>Sets the user; throws <see cref="NotSupportedException"/> when the library cannot log in as one.</summary>
    public static void Apply(ConfigurationOptions options, string? user)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (user is null)
        {
            return;
        }

        if (UserProperty is null)
        {
            var version = typeof(ConfigurationOptions).Assembly.GetName().Version;
            throw new NotSupportedException(
                $"StackExchange.Redis {version?.ToString(3)} cannot log in as a named user (AUTH <user> <password> needs 2.x or later)");
        }

        UserProperty.SetValue(options, user);
    }
}
