using System.Diagnostics;
using System.Globalization;

namespace Smoke.Tests.Infrastructure;

/// <summary>
/// Admin commands through redis-cli as the ACL admin user: StackExchange.Redis 1.2.6 cannot log
/// in as a named user, and with ACLs the default user is off. Bounded; the reply is redis-cli's --raw text.
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

        using var process = Process.Start(start) ?? throw new InvalidOperationException("redis-cli did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var bound = new CancellationTokenSource(Bound);
        try
        {
            await process.WaitForExitAsync(bound.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"redis-cli {string.Join(' ', command)} did not finish within {Bound.TotalSeconds} s");
        }

        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"redis-cli {string.Join(' ', command)} exited {process.ExitCode}: {await error}");
    }
}
