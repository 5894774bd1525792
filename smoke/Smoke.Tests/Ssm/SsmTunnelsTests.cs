using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Smoke.Ssm;

namespace Smoke.Tests.Ssm;

public class SsmTunnelsTests
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Forwards_each_remote_on_its_own_local_port_and_ends_the_sessions_on_dispose()
    {
        using var aws = new StandInAwsCli(StandInAwsCli.Behaviour.Forwards);
        using var first = new EchoServer("first");
        using var second = new EchoServer("second");
        var remotes = new[] { new RemoteEndpoint("127.0.0.1", first.Port), new RemoteEndpoint("127.0.0.1", second.Port) };

        var tunnels = await SsmTunnels.OpenAsync(Request(aws, remotes), CancellationToken.None);
        IReadOnlyList<int> pids;
        await using (tunnels)
        {
            pids = aws.StartedPids();
            Assert.Equal(2, tunnels.Endpoints.Count);
            Assert.NotEqual(tunnels.For(remotes[0]).LocalPort, tunnels.For(remotes[1]).LocalPort);
            Assert.Equal("first", await EchoServer.AskAsync(tunnels.For(remotes[0]).Local));
            Assert.Equal("second", await EchoServer.AskAsync(tunnels.For(remotes[1]).Local));
            Assert.All(pids, pid => Assert.True(StandInAwsCli.IsRunning(pid)));
        }

        Assert.Equal(4, pids.Count);
        aws.AssertAllEnded(expectedProcesses: 4); // two sessions, each a CLI process and its child
        var arguments = aws.Arguments();
        Assert.Contains("ssm start-session --target i-0123456789abcdef0 --document-name AWS-StartPortForwardingSessionToRemoteHost", arguments, StringComparison.Ordinal);
        Assert.Contains($"--parameters host=127.0.0.1,portNumber={first.Port},localPortNumber=", arguments, StringComparison.Ordinal);
        Assert.Contains("--region eu-west-1", arguments, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Same_remote_twice_opens_one_session()
    {
        using var aws = new StandInAwsCli(StandInAwsCli.Behaviour.Forwards);
        using var server = new EchoServer("only");
        var remote = new RemoteEndpoint("127.0.0.1", server.Port);

        await using var tunnels = await SsmTunnels.OpenAsync(Request(aws, [remote, remote]), CancellationToken.None);

        Assert.Single(tunnels.Endpoints);
        Assert.Equal(2, aws.StartedPids().Count); // one CLI process and its child
    }

    [Fact]
    public async Task A_session_that_never_opens_its_port_fails_within_the_bound_and_is_ended()
    {
        using var aws = new StandInAwsCli(StandInAwsCli.Behaviour.NeverListens);
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<SsmTunnelException>(() =>
            SsmTunnels.OpenAsync(Request(aws, [new RemoteEndpoint("cache.example.invalid", 6379)], TimeSpan.FromSeconds(1)), CancellationToken.None));

        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
        Assert.Contains("did not open local port", error.Message, StringComparison.Ordinal);
        Assert.Contains("within 1 s", error.Message, StringComparison.Ordinal);
        Assert.Contains("cache.example.invalid:6379", error.Message, StringComparison.Ordinal);
        aws.AssertAllEnded(expectedProcesses: 2);
    }

    [Fact]
    public async Task A_session_that_exits_reports_its_exit_code_and_output()
    {
        using var aws = new StandInAwsCli(StandInAwsCli.Behaviour.ExitsAtOnce);

        var error = await Assert.ThrowsAsync<SsmTunnelException>(() =>
            SsmTunnels.OpenAsync(Request(aws, [new RemoteEndpoint("cache.example.invalid", 6379)]), CancellationToken.None));

        Assert.Contains("exit code 254", error.Message, StringComparison.Ordinal);
        Assert.Contains("TargetNotConnected", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_ends_the_sessions()
    {
        using var aws = new StandInAwsCli(StandInAwsCli.Behaviour.NeverListens);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            SsmTunnels.OpenAsync(Request(aws, [new RemoteEndpoint("cache.example.invalid", 6379)]), cancel.Token));

        aws.AssertAllEnded(expectedProcesses: 2);
    }

    [Fact]
    public void Missing_aws_cli_names_what_to_install()
    {
        var empty = Directory.CreateTempSubdirectory("smoke-empty-path-").FullName;
        try
        {
            var error = Assert.Throws<SsmPrerequisiteException>(() => SsmTunnels.RequirePrerequisites(empty));

            Assert.Contains("AWS CLI v2", error.Message, StringComparison.Ordinal);
            Assert.Contains("'aws' is not on PATH", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public void Missing_session_manager_plugin_names_what_to_install()
    {
        using var aws = new StandInAwsCli(StandInAwsCli.Behaviour.Forwards, withPlugin: false);

        var error = Assert.Throws<SsmPrerequisiteException>(() => SsmTunnels.RequirePrerequisites(aws.Directory));

        Assert.Contains("'session-manager-plugin' is not on PATH", error.Message, StringComparison.Ordinal);
    }

    private static SsmTunnelRequest Request(StandInAwsCli aws, IReadOnlyList<RemoteEndpoint> remotes, TimeSpan? ready = null) =>
        new("i-0123456789abcdef0", "eu-west-1", remotes, ready ?? ReadyTimeout, aws.SearchPath);

    /// <summary>A loopback TCP server that answers every connection with one fixed line.</summary>
    private sealed class EchoServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();

        public EchoServer(string answer)
        {
            _listener.Start();
            _ = ServeAsync(Encoding.ASCII.GetBytes(answer + "\n"));
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public static async Task<string> AskAsync(IPEndPoint endpoint)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            using var client = new TcpClient();
            await client.ConnectAsync(endpoint, timeout.Token);
            using var reader = new StreamReader(client.GetStream());
            return await reader.ReadLineAsync(timeout.Token) ?? "";
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
            _stop.Dispose();
        }

        private async Task ServeAsync(byte[] answer)
        {
            try
            {
                while (!_stop.IsCancellationRequested)
                {
                    using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                    await client.GetStream().WriteAsync(answer, _stop.Token);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                // Stopped.
            }
        }
    }
}
