using System.Diagnostics;
using System.Globalization;

namespace Smoke.Tests.Infrastructure;

/// <summary>
/// Admin commands through redis-cli as the ACL admin user (with ACLs the default user is off), so
/// the fixture does not depend on the client library under test. Bounded; the reply is redis-cli's --raw text.
/// </summary>
public static class RedisCli
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    public static async Task<string> RunAsync(RedisServer server, params string[] command)
    {
        var start = new ProcessStartInfo("redis-cli")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "-h", server.Host, "-p", server.Port.ToString(CultureInfo.InvariantCulture),
            "--user", AclSetup.AdminUser, "--pass", AclSetup.AdminPassword, "--no-auth-warning", "--raw",
        }.Concat(command))
        {
            start.ArgumentList.Add(argument);
        }

        var run = await BoundedProcess.RunAsync(start, Bound);
        return run.ExitCode == 0
            ? run.Output
            : throw new InvalidOperationException($"redis-cli {string.Join(' ', command)} exited {run.ExitCode}: {run.Error}");
    }
}
