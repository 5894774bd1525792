using System.Runtime.InteropServices;
using System.Text.Json;
using Smoke.Cli;
using Smoke.Input;

namespace Smoke.Local;

/// <summary>
/// `smoke local`: starts the throwaway pair, prints the stack outputs it stands for (the token
/// as "[secret]", as `pulumi stack output --json` prints it), runs the smoke check (and a short
/// bench) through the same code path as against a real stack, and removes the pair on every path:
/// a normal end, an error, and Ctrl+C or a terminating signal (the handler kills the servers and
/// deletes the files before the process ends).
/// </summary>
public static class LocalCli
{
    /// <summary>The servers tried, in order, and the Debian package of each.</summary>
    public static readonly IReadOnlyList<(string Executable, string Package)> Servers =
        [("redis-server", "redis-server"), ("valkey-server", "valkey-server")];

    private const string TokenVariable = "SMOKE_LOCAL_AUTH_TOKEN";

    public static async Task<int> RunAsync(LocalOptions options, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        var path = context.GetEnvironmentVariable("PATH");
        var executable = Servers.Select(s => ExecutableLocator.Find(s.Executable, path)).FirstOrDefault(found => found is not null);
        if (executable is null)
        {
            return SmokeCli.BadInput(
                new UsageException(
                    $"smoke local: neither {string.Join(" nor ", Servers.Select(s => s.Executable))} is on PATH: "
                    + $"install one (Debian/Ubuntu: apt-get install {Servers[0].Package}, or {Servers[1].Package})"),
                context,
                json: false);
        }

        LocalPair pair;
        try
        {
            pair = LocalPair.Start(executable, options.Tls);
        }
        catch (InvalidOperationException e)
        {
            await context.Error.WriteLineAsync($"smoke local: could not start the throwaway pair: {e.Message}").ConfigureAwait(false);
            return ExitCodes.CheckFailed;
        }

        using (pair)
        {
            // Ctrl+C, kill, hang-up: the pair goes first; the process then ends as the signal says.
            using var signals = new CompositeRegistration(
                [PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT], pair.Dispose);
            await context.Out.WriteLineAsync(
                $"smoke local: {Path.GetFileName(executable)} primary {LocalPair.PrimaryAddress}:{pair.Port} and replica {LocalPair.ReplicaAddress}:{pair.Port} "
                + $"(pids {string.Join(", ", pair.ProcessIds)}), files in {pair.Directory}").ConfigureAwait(false);
            await context.Out.WriteLineAsync("smoke local: the stack outputs this pair stands for:").ConfigureAwait(false);
            await context.Out.WriteLineAsync(OutputsJson(pair, shown: true)).ConfigureAwait(false);
            await context.Out.WriteLineAsync().ConfigureAwait(false);

            var outputsFile = Path.Combine(pair.Directory, "outputs.json");
            await File.WriteAllTextAsync(outputsFile, OutputsJson(pair, shown: false)).ConfigureAwait(false);
            List<string> target = ["--outputs", outputsFile];
            if (pair.Certificates is { } tls)
            {
                target.AddRange(["--ca-file", tls.CaFile, "--auth-token-env", TokenVariable]);
            }

            var inner = context with
            {
                GetEnvironmentVariable = name => name == TokenVariable ? pair.Token?.Reveal() : context.GetEnvironmentVariable(name),
            };
            var exitCode = await SmokeCli.RunAsync(target, inner).ConfigureAwait(false);
            if (options.Bench)
            {
                await context.Out.WriteLineAsync().ConfigureAwait(false);
                var bench = await SmokeCli.RunAsync([Bench.BenchCommandLine.Subcommand, .. target, "--duration", "3s", "--warmup", "500ms"], inner).ConfigureAwait(false);
                exitCode = Math.Max(exitCode, bench);
            }

            return exitCode;
        }
    }

    /// <summary>The outputs document; the token is "[secret]" in the shown copy and absent from the file (it goes by environment).</summary>
    private static string OutputsJson(LocalPair pair, bool shown)
    {
        var outputs = new Dictionary<string, object?>
        {
            [StackOutputs.PrimaryEndpointKey] = LocalPair.PrimaryAddress,
            [StackOutputs.ReaderEndpointKey] = LocalPair.ReplicaAddress,
            [StackOutputs.PortKey] = pair.Port,
            [StackOutputs.TransitEncryptionKey] = pair.Certificates is not null,
            [StackOutputs.ReplicationGroupIdKey] = "smoke-local",
            [StackOutputs.ReplicasKey] = 1,
        };
        if (shown && pair.Token is not null)
        {
            outputs[StackOutputs.AuthTokenKey] = StackOutputsParser.HiddenSecret;
        }

        return JsonSerializer.Serialize(outputs, new JsonSerializerOptions { WriteIndented = true });
    }

    private sealed class CompositeRegistration(IEnumerable<PosixSignal> signals, Action onSignal) : IDisposable
    {
        private readonly List<PosixSignalRegistration> _registrations = signals.Select(s => PosixSignalRegistration.Create(s, _ => onSignal())).ToList();

        public void Dispose() => _registrations.ForEach(r => r.Dispose());
    }
}
