using Smoke.Connection;
using Smoke.Input;
using Smoke.Ssm;

namespace Smoke.Cli;

/// <summary>What a subcommand needs before it connects: the resolved target and, with --via-ssm, the tunnels to open.</summary>
public sealed record TargetInput(SmokeTarget Target, SsmTunnelRequest? Tunnels)
{
    /// <summary>
    /// Reads the stack outputs, resolves the target and plans the SSM tunnels, within
    /// <paramref name="bound"/>. Every input problem surfaces here as a <see cref="UsageException"/>
    /// (exit 2), before anything is started or connected to. Shared by check and bench.
    /// </summary>
    public static async Task<TargetInput> ResolveAsync(TargetOptions options, CliContext context, TimeSpan bound)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        using var deadline = new CancellationTokenSource(bound);
        var outputs = await StackOutputsSource.ReadAsync(options, context, deadline.Token).ConfigureAwait(false);
        var target = TargetResolver.Resolve(options, outputs, context.GetEnvironmentVariable);
        return new TargetInput(target, SsmRoute.Plan(options, outputs, target, context.GetEnvironmentVariable));
    }
}
