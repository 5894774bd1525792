using System.Net;
using System.Runtime.InteropServices;
using System.Text.Json;
using Smoke.Cli;
using Smoke.Input;
using Smoke.Reporting;

namespace Smoke.Local;

/// <summary>
/// `smoke local`: starts the throwaway pair, prints the stack outputs it stands for (the token
/// as "[secret]", as `pulumi stack output --json` prints it), runs the smoke check (and a short
/// bench) through the same code path as against a real stack, and removes the pair on every path:
/// a normal end, an error, Ctrl+C (the check or probe stops and cleans up first, exit 130) and a
/// signal that ends the process (the handler kills the servers and deletes the files first).
/// </summary>
public static class LocalCli
{
    /// <summary>The servers tried, in order, and the Debian package of each.</summary>
    private static readonly IReadOnlyList<(string Executable, string Package)> Servers =
        [("redis-server", "redis-server"), ("valkey-server", "valkey-server")];

    private const string TokenVariable = "SMOKE_LOCAL_AUTH_TOKEN";

    public static async Task<int> RunAsync(LocalOptions options, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        var executable = FindServer(context);
        if (executable is null)
        {
            return SmokeCli.BadInput(NoServer("smoke local"), context, options.Json);
        }

        if (LoopbackAddresses.Problem([IPAddress.Parse(LocalPair.PrimaryAddress), IPAddress.Parse(LocalPair.ReplicaAddress)], LoopbackAddresses.CanBind) is { } missing)
        {
            return SmokeCli.BadInput(new UsageException(missing), context, options.Json);
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

        // Ctrl+C stops the check or the probe, which clean up against the live pair; the pair goes
        // last. Signals that end the process at once (kill, hang-up, a second Ctrl+C) take it first;
        // they stay registered until the pair is gone, so they also cover its own disposal.
        using var lastResort = ConsoleInterrupt.OnProcessEnd(pair.Dispose, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT);
        using (pair)
        {
            return context.Interrupt.IsCancellationRequested
                ? SmokeCli.Interrupted(context)
                : await RunOnAsync(pair, executable, options, context).ConfigureAwait(false);
        }
    }

    /// <summary>The first of <see cref="Servers"/> on the context's PATH, or null.</summary>
    internal static string? FindServer(CliContext context)
    {
        var path = context.GetEnvironmentVariable("PATH");
        return Servers.Select(s => ExecutableLocator.Find(s.Executable, path)).FirstOrDefault(found => found is not null);
    }

    /// <summary>The usage error when <see cref="FindServer"/> found none: names the servers and how to install one.</summary>
    internal static UsageException NoServer(string command) => new(
        $"{command}: neither {string.Join(" nor ", Servers.Select(s => s.Executable))} is on PATH: "
        + $"install one (Debian/Ubuntu: apt-get install {Servers[0].Package}, or {Servers[1].Package})");

    private static async Task<int> RunOnAsync(LocalPair pair, string executable, LocalOptions options, CliContext context)
    {
        // With --json, standard output carries the one document; what a person reads goes to standard error.
        var progress = options.Json ? context.Error : context.Out;
        await progress.WriteLineAsync(
            $"smoke local: {Path.GetFileName(executable)} primary {LocalPair.PrimaryAddress}:{pair.Port} and replica {LocalPair.ReplicaAddress}:{pair.Port} "
            + $"(pids {string.Join(", ", pair.ProcessIds)}), files in {pair.Directory}").ConfigureAwait(false);
        await progress.WriteLineAsync("smoke local: the stack outputs this pair stands for:").ConfigureAwait(false);
        await progress.WriteLineAsync(OutputsJson(pair, shown: true)).ConfigureAwait(false);
        await progress.WriteLineAsync().ConfigureAwait(false);

        var outputsFile = Path.Combine(pair.Directory, "outputs.json");
        await File.WriteAllTextAsync(outputsFile, OutputsJson(pair, shown: false)).ConfigureAwait(false);
        List<string> target = ["--outputs", outputsFile];
        if (pair.Certificates is { } tls)
        {
            target.AddRange(["--ca-file", tls.CaFile, "--auth-token-env", TokenVariable]);
        }

        if (options.Json)
        {
            target.Add("--json");
        }

        var inner = context with
        {
            GetEnvironmentVariable = name => name == TokenVariable ? pair.Token?.Reveal() : context.GetEnvironmentVariable(name),
        };
        var check = await RunInnerAsync([CheckCommandLine.Name, .. target], inner, options.Json).ConfigureAwait(false);
        var bench = (ExitCode: ExitCodes.Passed, Json: (string?)null);
        if (options.Bench && check.ExitCode != ExitCodes.Interrupted && !context.Interrupt.IsCancellationRequested)
        {
            await progress.WriteLineAsync().ConfigureAwait(false);
            bench = await RunInnerAsync([Bench.BenchCommandLine.Name, .. target, "--duration", "3s", "--warmup", "500ms"], inner, options.Json).ConfigureAwait(false);
        }

        int[] exitCodes = [check.ExitCode, bench.ExitCode];
        var exitCode = exitCodes.Contains(ExitCodes.Interrupted) ? ExitCodes.Interrupted
            : context.Interrupt.IsCancellationRequested ? SmokeCli.Interrupted(context)
            : exitCodes.Max();
        if (options.Json)
        {
            await context.Out.WriteLineAsync(RunJson(pair, executable, exitCode, check.Json, bench.Json)).ConfigureAwait(false);
        }

        return exitCode;
    }

    /// <summary>Runs a command on the pair; with --json its report is captured for the one document instead of printed.</summary>
    private static async Task<(int ExitCode, string? Json)> RunInnerAsync(IReadOnlyList<string> args, CliContext context, bool json)
    {
        if (!json)
        {
            return (await SmokeCli.RunAsync(args, context).ConfigureAwait(false), null);
        }

        using var captured = new StringWriter();
        var exitCode = await SmokeCli.RunAsync(args, context with { Out = captured }).ConfigureAwait(false);
        var text = captured.ToString().Trim();
        return (exitCode, text.Length > 0 ? text : null);
    }

    /// <summary>`smoke local --json`: the pair, the outputs it stands for, the check's report and the probe's.</summary>
    private static string RunJson(LocalPair pair, string executable, int exitCode, string? check, string? bench) =>
        JsonOutput.Format(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("exitCode", exitCode);
            json.WriteString("server", Path.GetFileName(executable));
            json.WriteString("primary", $"{LocalPair.PrimaryAddress}:{pair.Port}");
            json.WriteString("replica", $"{LocalPair.ReplicaAddress}:{pair.Port}");
            json.WritePropertyName("outputs");
            json.WriteRawValue(OutputsJson(pair, shown: true));
            WriteRawOrNull(json, "check", check);
            WriteRawOrNull(json, "bench", bench);
            json.WriteEndObject();
        });

    private static void WriteRawOrNull(Utf8JsonWriter json, string name, string? document)
    {
        json.WritePropertyName(name);
        if (document is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteRawValue(document);
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

        return JsonSerializer.Serialize(outputs, JsonOutput.SerializerOptions);
    }
}
