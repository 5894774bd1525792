using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Smoke.Tests.Infrastructure;

/// <summary>
/// One real redis-server process on a loopback address, in the foreground, without persistence.
/// Start waits (bounded) for "Ready to accept connections"; Dispose kills it and waits for its
/// exit, so no process outlives the test, failing or not.
/// </summary>
public sealed class RedisServer : IDisposable
{
    public const string Executable = "redis-server";

    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan StopBound = TimeSpan.FromSeconds(10);

    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private RedisServer(Process process, RedisServerOptions options, int port)
    {
        _process = process;
        Options = options;
        Port = port;
    }

    public RedisServerOptions Options { get; }

    public int Port { get; }

    public string Host => Options.BindAddress;

    public bool HasExited => _process.HasExited;

    /// <summary>Starts on <paramref name="port"/>; throws <see cref="PortTakenException"/> when another process got there first.</summary>
    public static RedisServer Start(RedisServerOptions options, int port)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in Arguments(options, port))
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var server = new RedisServer(process, options, port);
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

            if (e.Data.Contains("Ready to accept connections", StringComparison.Ordinal))
            {
                ready.TrySetResult();
            }
        };
        process.OutputDataReceived += onLine;
        process.ErrorDataReceived += onLine;
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException("redis-server exited"));
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                $"'{Executable}' could not be started ({e.Message}): install it (Debian: apt-get install -y redis-server; .ci/run does this)", e);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            ready.Task.Wait(StartBound);
        }
        catch (AggregateException)
        {
            // Exited: reported below with its log.
        }

        if (ready.Task.IsCompletedSuccessfully)
        {
            return server;
        }

        var log = server.Log;
        server.Dispose();
        if (log.Contains("Address already in use", StringComparison.Ordinal))
        {
            throw new PortTakenException(port);
        }

        throw new InvalidOperationException($"redis-server on {options.BindAddress}:{port} did not become ready within {StartBound.TotalSeconds} s:\n{log}");
    }

    /// <summary>Picks a free port and starts, retrying when another process takes the port in between.</summary>
    public static RedisServer StartOnFreePort(RedisServerOptions options) =>
        RetryOnPortTaken(() => Start(options, FreePorts.Pick(System.Net.IPAddress.Parse(options.BindAddress))));

    public static T RetryOnPortTaken<T>(Func<T> start)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return start();
            }
            catch (PortTakenException) when (attempt < 5)
            {
                // Lost a race for the port with a parallel test: pick another.
            }
        }
    }

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
    /// Freezes the server (SIGSTOP): the kernel still completes TCP handshakes on its listening
    /// socket, but nothing answers, as with a hung node. Stop/Dispose still kill it.
    /// </summary>
    public void Freeze()
    {
        using var kill = Process.Start("kill", ["-STOP", _process.Id.ToString(CultureInfo.InvariantCulture)]);
        if (!kill.WaitForExit(StopBound) || kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"could not freeze redis-server {_process.Id}");
        }
    }

    /// <summary>Kills the server (SIGKILL, as a crash would) and waits for it to be gone.</summary>
    public void Stop()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.WaitForExit(StopBound);
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
        }
    }

    public void Dispose()
    {
        Stop();
        _process.Dispose();
    }

    private static IEnumerable<string> Arguments(RedisServerOptions options, int port)
    {
        var port10 = port.ToString(CultureInfo.InvariantCulture);
        List<string> arguments =
        [
            "--bind", options.BindAddress,
            "--save", "",
            "--appendonly", "no",
            // Redis 7 waits 5 s before a diskless full sync to batch replicas; tests have one.
            "--repl-diskless-sync-delay", "0",
            "--daemonize", "no",
            "--protected-mode", "no",
            "--logfile", "",
            "--dir", Path.GetTempPath(),
            "--dbfilename", $"smoke-test-{options.BindAddress}-{port10}.rdb",
        ];
        if (options.Tls is { } tls)
        {
            arguments.AddRange([
                "--port", "0",
                "--tls-port", port10,
                "--tls-cert-file", tls.CertificateFile,
                "--tls-key-file", tls.KeyFile,
                "--tls-ca-cert-file", tls.CaFile,
                "--tls-auth-clients", "no",
                "--tls-replication", "yes",
            ]);
        }
        else
        {
            arguments.AddRange(["--port", port10]);
        }

        if (options.Password is { } password)
        {
            arguments.AddRange(["--requirepass", password, "--masterauth", password]);
        }

        if (options.Acl is { } acl)
        {
            // One config directive per user: "--user name rule rule ..." (each rule its own argument).
            foreach (var user in acl.AllUsers)
            {
                arguments.Add("--user");
                arguments.AddRange(user.Split(' '));
            }

            arguments.AddRange(["--masteruser", AclSetup.ReplicationUser, "--masterauth", AclSetup.ReplicationPassword]);
        }

        if (options.ReplicaOf is { } primary)
        {
            arguments.AddRange(["--replicaof", primary.Host, primary.Port.ToString(CultureInfo.InvariantCulture)]);
        }

        return arguments;
    }
}
