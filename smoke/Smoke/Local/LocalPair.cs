using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Smoke.Connection;

namespace Smoke.Local;

/// <summary>
/// The throwaway primary (127.0.0.2) and replica (127.0.0.3) of `smoke local`, on one port, as
/// ElastiCache's primary and reader endpoints are. With TLS: a throwaway CA and server
/// certificate, TLS replication, and a random AUTH token (ElastiCache allows AUTH only with
/// transit encryption). Dispose kills both processes and deletes every file; it is idempotent
/// and safe from a signal handler.
/// </summary>
public sealed class LocalPair : IDisposable
{
    public const string PrimaryAddress = "127.0.0.2";
    public const string ReplicaAddress = "127.0.0.3";

    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(15);

    private readonly List<LocalServer> _servers = [];
    private readonly Lock _disposing = new();
    private bool _disposed;

    private LocalPair(string executable, string directory, ThrowawayCertificates? certificates, AuthToken? token)
    {
        Executable = executable;
        Directory = directory;
        Certificates = certificates;
        Token = token;
    }

    /// <summary>The pair's private folder: config files, server working directories.</summary>
    public string Directory { get; }

    public ThrowawayCertificates? Certificates { get; }

    public AuthToken? Token { get; }

    public int Port { get; private set; }

    public string Executable { get; }

    /// <summary>The node started as primary (the failover drill freezes and kills it).</summary>
    internal LocalServer First => _servers[0];

    /// <summary>The node started as replica (the failover drill promotes it).</summary>
    internal LocalServer Second => _servers[1];

    public IReadOnlyList<int> ProcessIds => _servers.Select(s => s.ProcessId).ToList();

    public static LocalPair Start(string executable, bool tls)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("smoke-local-").FullName;
        var pair = new LocalPair(
            executable,
            directory,
            tls ? new ThrowawayCertificates() : null,
            tls ? new AuthToken(RandomNumberGenerator.GetHexString(32, lowercase: true)) : null);
        try
        {
            pair.Port = FreePorts.Pick(IPAddress.Parse(PrimaryAddress), IPAddress.Parse(ReplicaAddress));
            pair._servers.Add(LocalServer.Start(executable, pair.WriteConfig("primary", PrimaryAddress, replicaOf: null), LocalServer.ReadyLine, StartBound));
            pair._servers.Add(LocalServer.Start(executable, pair.WriteConfig("replica", ReplicaAddress, replicaOf: PrimaryAddress), LocalServer.SyncedLine, StartBound));
            return pair;
        }
        catch
        {
            pair.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The failover drill's last step: the first node (killed) comes back as a replica of the
    /// second, as ElastiCache brings the old primary back; returns once its first sync is done.
    /// </summary>
    internal void RestartFirstAsReplicaOfSecond()
    {
        lock (_disposing)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _servers[0].Dispose();
            _servers[0] = LocalServer.Start(Executable, WriteConfig("primary", PrimaryAddress, replicaOf: ReplicaAddress), LocalServer.SyncedLine, StartBound);
        }
    }

    public void Dispose()
    {
        lock (_disposing)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            foreach (var server in _servers)
            {
                server.Dispose();
            }

            Certificates?.Dispose();
            if (System.IO.Directory.Exists(Directory))
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
        }
    }

    /// <summary>A config file readable by this user only: it holds the AUTH token.</summary>
    private string WriteConfig(string name, string address, string? replicaOf)
    {
        var workDirectory = System.IO.Directory.CreateDirectory(Path.Combine(Directory, name)).FullName;
        var port = Port.ToString(CultureInfo.InvariantCulture);
        var lines = new List<string>
        {
            $"bind {address}",
            $"dir {workDirectory}",
            "save \"\"",
            "appendonly no",
            "daemonize no",
            // The first sync starts at once, not after Redis's default 5 s wait for more replicas.
            "repl-diskless-sync-delay 0",
        };
        if (Certificates is { } tls)
        {
            lines.AddRange([
                "port 0", $"tls-port {port}", $"tls-cert-file {tls.CertificateFile}", $"tls-key-file {tls.KeyFile}",
                $"tls-ca-cert-file {tls.CaFile}", "tls-auth-clients no", "tls-replication yes",
            ]);
        }
        else
        {
            lines.Add($"port {port}");
        }

        if (Token is { } token)
        {
            lines.AddRange([$"requirepass {token.Reveal()}", $"masterauth {token.Reveal()}"]);
        }

        if (replicaOf is not null)
        {
            lines.Add($"replicaof {replicaOf} {port}");
        }

        var file = Path.Combine(Directory, name + ".conf");
        File.WriteAllText(file, "");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.WriteAllLines(file, lines);
        return file;
    }
}
