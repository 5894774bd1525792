using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Smoke.Local;

/// <summary>
/// One throwaway redis-server or valkey-server process of `smoke local`, in the foreground, its
/// settings in a private config file (the AUTH token stays off the command line, where `ps`
/// would show it). Start waits, bounded, until the log says <paramref name="readyLine"/>.
/// </summary>
public sealed class LocalServer : IDisposable
{
    public const string ReadyLine = "Ready to accept connections";

    /// <summary>What a replica logs once its first full sync from the primary is done (Redis and Valkey alike).</summary>
    public const string SyncedLine = "sync: Finished with success";

    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private LocalServer(Process process) => _process = process;

    public int ProcessId => _process.Id;

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>
    /// setsid(1) where there is one (Linux): the server runs in a session of its own, so the
    /// Ctrl+C a terminal sends to its whole foreground group does not reach it, and `smoke local`
    /// stops it itself after the check's and the probe's cleanup (else the server quits at once and
    /// that cleanup fails). setsid execs in place, so the process id stays the server's.
    /// </summary>
    private static readonly string? Setsid =
        OperatingSystem.IsWindows() ? null : Cli.ExecutableLocator.Find("setsid", Environment.GetEnvironmentVariable("PATH"));

    public static LocalServer Start(string executable, string configFile, string readyLine, TimeSpan bound)
    {
        var start = new ProcessStartInfo(Setsid ?? executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Setsid is not null)
        {
            start.ArgumentList.Add(executable);
        }

        start.ArgumentList.Add(configFile);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var server = new LocalServer(process);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        DataReceivedEventHandler onLine = (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (server._log)
            {
                server._log.AppendLine(e.Data);
            }

            if (e.Data.Contains(readyLine, StringComparison.Ordinal))
            {
                ready.TrySetResult();
            }
        };
        process.OutputDataReceived += onLine;
        process.ErrorDataReceived += onLine;
        process.Exited += (_, _) => ready.TrySetResult();
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            process.Dispose();
            throw new InvalidOperationException($"'{executable}' could not be started: {e.Message}", e);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (ready.Task.Wait(bound) && !process.HasExited)
        {
            return server;
        }

        server.Dispose();
        throw new InvalidOperationException(
            string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(executable)} did not log '{readyLine}' within {bound.TotalSeconds:0} s; its log:\n{server.Log}"));
    }

    /// <summary>Freezes (SIGSTOP) or resumes (SIGCONT) the process: a hung node, whose kernel still accepts connections.</summary>
    public void Signal(bool freeze)
    {
        using var kill = Process.Start("kill", [freeze ? "-STOP" : "-CONT", ProcessId.ToString(CultureInfo.InvariantCulture)]);
        if (!kill.WaitForExit(TimeSpan.FromSeconds(10)) || kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"could not {(freeze ? "freeze" : "resume")} process {ProcessId}");
        }
    }

    /// <summary>Kills the process (and waits for it, bounded). Safe to call twice and from a signal handler.</summary>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (InvalidOperationException)
        {
            // Never started, or already reaped.
        }

        _process.Dispose();
    }
}
