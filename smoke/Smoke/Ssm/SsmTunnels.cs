using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Smoke.Cli;

namespace Smoke.Ssm;

/// <summary>A cache endpoint as the stack outputs name it.</summary>
public sealed record RemoteEndpoint(string Host, int Port)
{
    public override string ToString() => $"{Host}:{Port}";
}

/// <summary>A remote endpoint reachable on a local loopback port through the client instance.</summary>
public sealed record ForwardedEndpoint(RemoteEndpoint Remote, int LocalPort)
{
    public IPEndPoint Local => new(IPAddress.Loopback, LocalPort);
}

/// <param name="InstanceId">The client instance (the stack's <c>clientInstanceId</c>).</param>
/// <param name="Region">Passed to the AWS CLI when known (the stack's <c>region</c> output); else its own configuration decides.</param>
/// <param name="SearchPath">Where to look for <c>aws</c> and <c>session-manager-plugin</c>: the PATH the program was started with.</param>
public sealed record SsmTunnelRequest(
    string InstanceId,
    string? Region,
    IReadOnlyList<RemoteEndpoint> Remotes,
    TimeSpan ReadyTimeout,
    string? SearchPath);

/// <summary>
/// AWS Systems Manager port-forwarding sessions through the client instance, one per remote
/// endpoint, each on a free local port: ElastiCache is reachable only from inside the VPC, and
/// this is how a laptop or a CI runner gets in. Disposing ends every session and its children
/// (the AWS CLI starts session-manager-plugin), on every exit path of the caller.
/// </summary>
public sealed class SsmTunnels : IAsyncDisposable
{
    public const string AwsCli = "aws";
    public const string SessionManagerPlugin = "session-manager-plugin";
    private const int PortAttempts = 3;
    private static readonly TimeSpan ExitWait = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly List<Session> _sessions = [];

    /// <summary>Set by <see cref="Stop"/>: no session is started (or retried) after it.</summary>
    private bool _stopped;

    private SsmTunnels()
    {
    }

    /// <summary>The signals that end this process unless someone handles them.</summary>
    private static IReadOnlyList<PosixSignal> TerminatingSignals { get; } = [PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT];

    public IReadOnlyList<ForwardedEndpoint> Endpoints => _sessions.Select(s => s.Endpoint).ToList();

    public ForwardedEndpoint For(RemoteEndpoint remote) =>
        _sessions.Select(s => s.Endpoint).FirstOrDefault(e => e.Remote == remote)
        ?? throw new ArgumentException($"no tunnel to {remote}", nameof(remote));

    /// <summary>Checks that the AWS CLI and the Session Manager plugin are installed.</summary>
    /// <returns>The path of the AWS CLI.</returns>
    /// <exception cref="SsmPrerequisiteException">One of them is missing; the message says what to install.</exception>
    public static string RequirePrerequisites(string? searchPath)
    {
        var aws = ExecutableLocator.Find(AwsCli, searchPath) ?? throw new SsmPrerequisiteException(
            "--via-ssm needs the AWS CLI v2, and 'aws' is not on PATH. Install it: "
            + "https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html");
        if (ExecutableLocator.Find(SessionManagerPlugin, searchPath) is null)
        {
            throw new SsmPrerequisiteException(
                "--via-ssm needs the Session Manager plugin for the AWS CLI, and 'session-manager-plugin' is not on PATH. Install it: "
                + "https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager-working-with-install-plugin.html");
        }

        return aws;
    }

    /// <summary>Opens one session per distinct remote endpoint and waits, bounded, until each local port accepts connections.</summary>
    public static async Task<SsmTunnels> OpenAsync(SsmTunnelRequest request, CancellationToken cancellationToken)
    {
        var aws = RequirePrerequisites(request.SearchPath);
        var tunnels = new SsmTunnels();

        // Opening may take --ssm-timeout: a signal that ends the process meanwhile (SIGTERM from a
        // CI runner, SIGHUP) must end the sessions already started first, or they outlive it.
        using var stopOnSignals = tunnels.StopOnSignals(TerminatingSignals);
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(request.ReadyTimeout);
            foreach (var remote in request.Remotes.Distinct())
            {
                await tunnels.OpenSessionAsync(aws, request, remote, deadline.Token, cancellationToken).ConfigureAwait(false);
            }

            return tunnels;
        }
        catch
        {
            await tunnels.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Starts a session and keeps it in the list <see cref="Stop"/> ends from the moment it runs;
    /// a session that fails to open is ended and taken off the list again.
    /// </summary>
    private async Task OpenSessionAsync(
        string aws, SsmTunnelRequest request, RemoteEndpoint remote, CancellationToken deadline, CancellationToken caller)
    {
        for (var attempt = 1; ; attempt++)
        {
            Session session;
            lock (_sessions)
            {
                // A signal stopped the tunnels (Ctrl+C, or the process is ending): its kill is no reason to retry.
                if (_stopped)
                {
                    throw new OperationCanceledException("the SSM sessions were stopped by a signal");
                }

                session = Session.Start(aws, request, remote, FreeLoopbackPort());
                _sessions.Add(session);
            }

            try
            {
                await session.WaitUntilListeningAsync(deadline).ConfigureAwait(false);
                return;
            }
            catch (OperationCanceledException) when (!caller.IsCancellationRequested)
            {
                Discard(session);
                throw new SsmTunnelException(
                    $"SSM port forwarding to {remote} through {request.InstanceId} did not open local port {session.Endpoint.LocalPort} "
                    + $"within {request.ReadyTimeout.TotalSeconds:0.#} s. Check that the instance is online in Systems Manager "
                    + $"(aws ssm describe-instance-information) and that your credentials allow ssm:StartSession.{session.OutputTail()}");
            }
            catch (SessionExitedException) when (attempt < PortAttempts && !deadline.IsCancellationRequested)
            {
                // Most often another process took the free port between our probe and the CLI's bind: try another.
                Discard(session);
            }
            catch (SessionExitedException exited)
            {
                Discard(session);
                throw new SsmTunnelException(
                    $"SSM port forwarding to {remote} through {request.InstanceId} ended with exit code {exited.ExitCode} "
                    + $"before its local port opened.{session.OutputTail()}");
            }
            catch
            {
                Discard(session);
                throw;
            }
        }
    }

    private void Discard(Session session)
    {
        lock (_sessions)
        {
            _sessions.Remove(session);
        }

        session.Stop();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Ends the sessions when one of <paramref name="signals"/> arrives, and lets the signal go on
    /// (a terminating signal ends the process without running the caller's <c>finally</c>, so the
    /// sessions must end first). Dispose the result to stop watching.
    /// </summary>
    private IDisposable StopOnSignals(IEnumerable<PosixSignal> signals) =>
        new SignalWatch(signals.Select(signal => PosixSignalRegistration.Create(signal, _ => Stop())).ToList());

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    /// <summary>Ends every session and its child processes now. Safe to call more than once and from a signal handler.</summary>
    public void Stop()
    {
        lock (_sessions)
        {
            _stopped = true;
            foreach (var session in _sessions)
            {
                session.Stop();
            }

            _sessions.Clear();
        }
    }

    private sealed class SignalWatch(IReadOnlyList<PosixSignalRegistration> registrations) : IDisposable
    {
        public void Dispose()
        {
            foreach (var registration in registrations)
            {
                registration.Dispose();
            }
        }
    }

    private sealed class SessionExitedException(int exitCode) : Exception
    {
        public int ExitCode { get; } = exitCode;
    }

    /// <summary>One <c>aws ssm start-session</c> process and what it printed.</summary>
    private sealed class Session
    {
        private const int KeptLines = 10;
        private readonly Queue<string> _output = new();
        private int _stopped;

        private Session(Process process, ForwardedEndpoint endpoint)
        {
            Process = process;
            Endpoint = endpoint;
        }

        public Process Process { get; }

        public ForwardedEndpoint Endpoint { get; }

        public static Session Start(string aws, SsmTunnelRequest request, RemoteEndpoint remote, int localPort)
        {
            var info = new ProcessStartInfo(aws)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "ssm", "start-session",
                "--target", request.InstanceId,
                "--document-name", "AWS-StartPortForwardingSessionToRemoteHost",
                "--parameters", $"host={remote.Host},portNumber={remote.Port},localPortNumber={localPort}",
            })
            {
                info.ArgumentList.Add(argument);
            }

            if (!string.IsNullOrEmpty(request.Region))
            {
                info.ArgumentList.Add("--region");
                info.ArgumentList.Add(request.Region);
            }

            if (request.SearchPath is not null)
            {
                // The CLI starts session-manager-plugin from PATH: give it the same search list.
                info.Environment["PATH"] = request.SearchPath;
            }

            var process = new Process { StartInfo = info, EnableRaisingEvents = true };
            var session = new Session(process, new ForwardedEndpoint(remote, localPort));
            process.OutputDataReceived += (_, e) => session.Keep(e.Data);
            process.ErrorDataReceived += (_, e) => session.Keep(e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return session;
        }

        public async Task WaitUntilListeningAsync(CancellationToken deadline)
        {
            while (true)
            {
                deadline.ThrowIfCancellationRequested();
                if (Process.HasExited)
                {
                    throw new SessionExitedException(Process.ExitCode);
                }

                using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    await probe.ConnectAsync(Endpoint.Local, deadline).ConfigureAwait(false);
                    return;
                }
                catch (SocketException)
                {
                    await Task.Delay(PollInterval, deadline).ConfigureAwait(false);
                }
            }
        }

        public void Stop()
        {
            if (Interlocked.Exchange(ref _stopped, 1) == 1)
            {
                return;
            }

            try
            {
                if (!Process.HasExited)
                {
                    Process.Kill(entireProcessTree: true);
                }

                Process.WaitForExit(ExitWait);
            }
            catch (InvalidOperationException)
            {
                // Never started or already gone.
            }
            finally
            {
                Process.Dispose();
            }
        }

        public string OutputTail()
        {
            lock (_output)
            {
                return _output.Count == 0 ? "" : " Last output of the AWS CLI: " + string.Join(" | ", _output);
            }
        }

        private void Keep(string? line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                return;
            }

            lock (_output)
            {
                _output.Enqueue(line.Trim());
                while (_output.Count > KeptLines)
                {
                    _output.Dequeue();
                }
            }
        }
    }
}
