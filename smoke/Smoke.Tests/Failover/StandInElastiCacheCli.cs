namespace Smoke.Tests.Failover;

/// <summary>
/// A stand-in `aws` for the drill's ElastiCache calls, first on PATH. Each call is logged (one
/// line of arguments in args.log) and answered from files the test scripts: for the N-th call of
/// a command (describe-events is keyed by its --source-type: describe-events-replication-group),
/// &lt;name&gt;.&lt;N&gt;.json if present, else &lt;name&gt;.json; &lt;name&gt;.exit and &lt;name&gt;.stderr make it fail.
/// </summary>
internal sealed class StandInElastiCacheCli : IDisposable
{
    public const string Group = "smoke-test";
    public const string Region = "eu-west-1";

    public StandInElastiCacheCli()
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("the stand-in is a bash script");
        }

        Directory = System.IO.Directory.CreateTempSubdirectory("smoke-ec-standin-").FullName;
        var script = Path.Combine(Directory, "aws");
        File.WriteAllText(script, $$"""
            #!/usr/bin/env bash
            # Stand-in for: aws elasticache <command> [--source-type T] ... --output json [--region R]
            set -eu
            dir='{{Directory}}'
            echo "$*" >> "$dir/args.log"
            name="$2"
            prev=""
            for arg in "$@"; do
              if [ "$prev" = "--source-type" ]; then name="$name-$arg"; fi
              prev="$arg"
            done
            count=$(( $(cat "$dir/$name.count" 2>/dev/null || echo 0) + 1 ))
            echo "$count" > "$dir/$name.count"
            if [ -f "$dir/$name.exit" ]; then
              cat "$dir/$name.stderr" >&2 || true
              exit "$(cat "$dir/$name.exit")"
            fi
            if [ -f "$dir/$name.$count.json" ]; then cat "$dir/$name.$count.json"; elif [ -f "$dir/$name.json" ]; then cat "$dir/$name.json"; else echo '{}'; fi
            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Respond("describe-events-replication-group", Events());
        Respond("describe-events-cache-cluster", Events());
    }

    public string Directory { get; }

    /// <summary>A PATH with the stand-in first, then the machine's (redis-server, bash).</summary>
    public string SearchPath => Directory + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");

    public IReadOnlyList<string> Calls =>
        File.Exists(Path.Combine(Directory, "args.log")) ? File.ReadAllLines(Path.Combine(Directory, "args.log")) : [];

    /// <summary>The answer to <paramref name="name"/> (its <paramref name="call"/>-th call only, or every call).</summary>
    public void Respond(string name, string json, int? call = null) =>
        File.WriteAllText(Path.Combine(Directory, call is null ? $"{name}.json" : $"{name}.{call}.json"), json);

    public void Fail(string name, int exitCode, string error)
    {
        File.WriteAllText(Path.Combine(Directory, $"{name}.exit"), exitCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
        File.WriteAllText(Path.Combine(Directory, $"{name}.stderr"), error);
    }

    public static string GroupJson(string automaticFailover, params (string Node, string Role)[] members) =>
        System.Text.Json.JsonSerializer.Serialize(new
        {
            ReplicationGroups = new[]
            {
                new
                {
                    ReplicationGroupId = Group,
                    Status = "available",
                    AutomaticFailover = automaticFailover,
                    MultiAZ = automaticFailover,
                    NodeGroups = new[]
                    {
                        new { NodeGroupId = "0001", NodeGroupMembers = members.Select(m => new { CacheClusterId = m.Node, CurrentRole = m.Role }).ToArray() },
                    },
                },
            },
        });

    public static string Events(params (string Source, string Message)[] events) =>
        System.Text.Json.JsonSerializer.Serialize(new
        {
            Events = events.Select(e => new { SourceIdentifier = e.Source, e.Message, Date = DateTime.UtcNow.ToString("O") }).ToArray(),
        });

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
