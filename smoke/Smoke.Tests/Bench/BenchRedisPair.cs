using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Smoke.Bench;

namespace Smoke.Tests.Bench;

/// <summary>
/// A real primary (127.0.0.2) and its replica (127.0.0.3) on one free port, as ElastiCache's two
/// endpoints share one. Start returns once the replication link is up (bounded); Dispose kills
/// both processes. Stop-gap for the bench tests until the smoke tests' shared Redis fixture is on
/// the branch; then these tests move onto it and this file goes.
/// </summary>
public sealed class BenchRedisPair : IDisposable
{
    public const string PrimaryHost = "127.0.0.2";
    public const string ReplicaHost = "127.0.0.3";
    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(15);

    private readonly string directory = Directory.CreateTempSubdirectory("bench-redis-").FullName;
    private readonly Process primary;
    private readonly Process replica;

    public BenchRedisPair()
        : this(password: null, tls: false)
    {
    }

    /// <param name="password">requirepass (and masterauth) when not null.</param>
    /// <param name="tls">TLS only (no plain port), replication over TLS too, with a CA generated here.</param>
    internal BenchRedisPair(string? password, bool tls)
    {
        Password = password;
        Tls = tls ? new BenchTlsFiles(directory) : null;
        Port = FreePort();
        primary = StartServer(PrimaryHost, null);
        replica = StartServer(ReplicaHost, PrimaryHost);
        WaitUntil(() => Info(ReplicaHost).Contains("master_link_status:up", StringComparison.Ordinal), "the replication link to come up");
    }

    public int Port { get; }

    public string? Password { get; }

    public BenchTlsFiles? Tls { get; }

    public string Primary => $"{PrimaryHost}:{Port}";

    public string Replica => $"{ReplicaHost}:{Port}";

    /// <summary>Keys under the probe's prefix (KEYS is fine on a test server).</summary>
    public int BenchKeyCount(string host = PrimaryHost) =>
        Command(host, "KEYS", "bench:*").Items?.Count ?? throw new InvalidOperationException("KEYS did not answer an array");

    /// <summary>Sends one command to one server and returns its parsed reply.</summary>
    internal RespValue Command(string host, params string[] arguments)
    {
        using var client = new TcpClient(host, Port);
        Stream stream = client.GetStream();
        stream.ReadTimeout = 5000;
        if (Tls is not null)
        {
            // Admin path of the test only: the probe's own certificate checks are what the tests exercise.
            var tls = new System.Net.Security.SslStream(stream, false, (_, _, _, _) => true);
            tls.AuthenticateAsClient(host);
            stream = tls;
        }

        if (Password is not null)
        {
            stream.Write(RespConnection.Encode(["AUTH", Password]));
            var ok = new byte[5];
            stream.ReadExactly(ok);
        }

        stream.Write(RespConnection.Encode(arguments));
        var received = new List<byte>();
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var read = stream.Read(buffer);
            if (read == 0)
            {
                throw new IOException("the server closed the connection");
            }

            received.AddRange(buffer.AsSpan(0, read));
            if (RespConnection.TryParseValue(received.ToArray(), out var value, out _))
            {
                return value;
            }
        }
    }

    public void KillPrimary()
    {
        primary.Kill(entireProcessTree: true);
        primary.WaitForExit(5000);
    }

    public void Dispose()
    {
        foreach (var server in new[] { replica, primary })
        {
            try
            {
                if (!server.HasExited)
                {
                    server.Kill(entireProcessTree: true);
                    server.WaitForExit(5000);
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            server.Dispose();
        }

        Directory.Delete(directory, recursive: true);
    }

    private static int FreePort()
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var listener = new TcpListener(IPAddress.Parse(PrimaryHost), 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            var other = new TcpListener(IPAddress.Parse(ReplicaHost), port);
            try
            {
                other.Start();
                other.Stop();
                return port;
            }
            catch (SocketException)
            {
                // Taken on the other address: pick again.
            }
        }

        throw new InvalidOperationException("no port free on both 127.0.0.2 and 127.0.0.3");
    }

    private Process StartServer(string host, string? replicaOf)
    {
        var arguments = new List<string>
        {
            "--bind", host, "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--dir", directory, "--dbfilename", host + ".rdb", "--save", "", "--appendonly", "no", "--daemonize", "no",
        };
        if (Password is not null)
        {
            arguments.AddRange(["--requirepass", Password, "--masterauth", Password]);
        }

        if (Tls is not null)
        {
            arguments[3] = "0";
            arguments.AddRange([
                "--tls-port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--tls-cert-file", Tls.CertificateFile, "--tls-key-file", Tls.KeyFile, "--tls-ca-cert-file", Tls.CaFile,
                "--tls-auth-clients", "no", "--tls-replication", "yes",
            ]);
        }

        if (replicaOf is not null)
        {
            arguments.AddRange(["--replicaof", replicaOf, Port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        var start = new ProcessStartInfo("redis-server") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        arguments.ForEach(start.ArgumentList.Add);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("redis-server is not installed (apt-get install -y redis-server)", e);
        }

        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        WaitUntil(() => Accepts(host), $"redis-server on {host}:{Port} to accept connections");
        return process;
    }

    private bool Accepts(string host)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(host, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private string Info(string host) => Command(host, "INFO", "replication").Text ?? string.Empty;

    private static void WaitUntil(Func<bool> condition, string what)
    {
        var bound = Stopwatch.StartNew();
        while (!condition())
        {
            if (bound.Elapsed > StartBound)
            {
                throw new TimeoutException($"waited {StartBound.TotalSeconds} s for {what}");
            }

            Thread.Sleep(50);
        }
    }
}
