namespace Smoke.Tests.Ssm;

/// <summary>
/// A folder with stand-ins for the AWS CLI and the Session Manager plugin, to be placed first on
/// PATH. The stand-in `aws ssm start-session` records its pid and then forwards the requested
/// local port to the requested host:port (or, as <see cref="Behaviour.NeverListens"/>, never opens
/// its port), just as the real session forwards through the client instance. The forwarder is a
/// small Perl script: perl-base is an Essential package of Debian and Ubuntu, so the tests need
/// nothing beyond redis-server and the .NET SDK (they used socat before).
/// </summary>
internal sealed class StandInAwsCli : IDisposable
{
    public enum Behaviour
    {
        Forwards,
        NeverListens,
        ExitsAtOnce,
    }

    public StandInAwsCli(Behaviour behaviour, bool withPlugin = true)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("smoke-aws-standin-").FullName;
        PidLog = Path.Combine(Directory, "pids.log");
        var forwarder = Path.Combine(Directory, "forward.pl");
        var action = behaviour switch
        {
            Behaviour.Forwards => $"exec perl '{forwarder}' \"$local\" \"$host\" \"$port\"",
            Behaviour.NeverListens => "exec sleep 300",
            _ => "echo 'An error occurred (TargetNotConnected) when calling the StartSession operation' >&2; exit 254",
        };
        Write("aws", $$"""
            #!/usr/bin/env bash
            # Stand-in for: aws ssm start-session --target ID --document-name D --parameters host=H,portNumber=P,localPortNumber=L
            set -eu
            echo "$$" >> '{{PidLog}}'
            echo "$*" >> '{{Path.Combine(Directory, "args.log")}}'
            params=""
            while [ $# -gt 0 ]; do
              if [ "$1" = "--parameters" ]; then params="$2"; fi
              shift
            done
            host=""; port=""; local=""
            IFS=',' read -ra pairs <<< "$params"
            for pair in "${pairs[@]}"; do
              case "$pair" in
                host=*) host="${pair#host=}" ;;
                portNumber=*) port="${pair#portNumber=}" ;;
                localPortNumber=*) local="${pair#localPortNumber=}" ;;
              esac
            done
            echo "Starting session with SessionId: standin-$$"
            # Like the real CLI, which runs session-manager-plugin as its child: the work happens in a
            # child process, which records its pid before it opens the port.
            ( echo "$BASHPID" >> '{{PidLog}}'; {{action}} ) &
            wait "$!"
            """);
        Write("forward.pl", Forwarder);
        if (withPlugin)
        {
            Write("session-manager-plugin", "#!/usr/bin/env bash\necho 1.2.0.0\n");
        }
    }

    /// <summary>
    /// Listens on 127.0.0.1:LOCAL; each accepted connection gets a child process that connects to
    /// HOST:PORT and copies bytes both ways until either side closes (what socat's TCP-LISTEN with
    /// fork did). Core Perl modules only.
    /// </summary>
    private const string Forwarder = """
        use strict;
        use warnings;
        use IO::Select;
        use IO::Socket::INET;

        my ($local, $host, $port) = @ARGV;
        $SIG{CHLD} = 'IGNORE';
        my $server = IO::Socket::INET->new(
            LocalAddr => '127.0.0.1', LocalPort => $local, Listen => 64, ReuseAddr => 1, Proto => 'tcp')
            or die "forward: cannot listen on 127.0.0.1:$local: $!\n";
        while (1) {
            my $client = $server->accept or next;
            my $pid = fork;
            if (!defined $pid || $pid) { close $client; next; }
            close $server;
            my $upstream = IO::Socket::INET->new(PeerAddr => $host, PeerPort => $port, Proto => 'tcp') or exit 1;
            my %peer = ("$client" => $upstream, "$upstream" => $client);
            my $select = IO::Select->new($client, $upstream);
            COPY: while (1) {
                for my $from ($select->can_read) {
                    my $read = sysread($from, my $buffer, 65536);
                    last COPY if !$read;
                    for (my $offset = 0; $offset < $read;) {
                        my $written = syswrite($peer{"$from"}, $buffer, $read - $offset, $offset);
                        last COPY if !$written;
                        $offset += $written;
                    }
                }
            }
            exit 0;
        }
        """;

    public string Directory { get; }

    public string PidLog { get; }

    /// <summary>A PATH with the stand-ins first, then the machine's.</summary>
    public string SearchPath => Directory + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");

    /// <summary>The stand-in processes started so far, each session's CLI and its child.</summary>
    public IReadOnlyList<int> StartedPids() =>
        File.Exists(PidLog) ? File.ReadAllLines(PidLog).Where(l => l.Length > 0).Select(int.Parse).ToList() : [];

    public string Arguments() => File.ReadAllText(Path.Combine(Directory, "args.log"));

    /// <summary>
    /// Asserts that every stand-in process is gone. A killed process's descendants receive SIGKILL
    /// at once but die a moment later, so this waits for that moment, bounded (2 s).
    /// </summary>
    public void AssertAllEnded(int expectedProcesses)
    {
        var pids = StartedPids();
        Assert.Equal(expectedProcesses, pids.Count);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(2);
        while (pids.Any(IsRunning) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }

        Assert.All(pids, pid => Assert.False(IsRunning(pid), $"stand-in process {pid} outlived its session"));
    }

    /// <summary>True while the process is alive (a zombie awaiting its reaper counts as gone).</summary>
    public static bool IsRunning(int pid)
    {
        var status = $"/proc/{pid}/status";
        if (!File.Exists(status))
        {
            return false;
        }

        try
        {
            var state = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("State:", StringComparison.Ordinal)) ?? "";
            return !state.Contains('Z', StringComparison.Ordinal) && !state.Contains('X', StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        foreach (var pid in StartedPids().Where(IsRunning))
        {
            try
            {
                System.Diagnostics.Process.GetProcessById(pid).Kill(entireProcessTree: true);
            }
            catch (ArgumentException)
            {
                // Gone meanwhile.
            }
        }

        System.IO.Directory.Delete(Directory, recursive: true);
    }

    private void Write(string name, string content)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("the stand-ins are bash scripts");
        }

        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, content.Replace("\r\n", "\n", StringComparison.Ordinal));
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
