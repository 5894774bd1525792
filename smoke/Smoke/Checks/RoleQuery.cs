using StackExchange.Redis;

namespace Smoke.Checks;

/// <summary>
/// Asks a server its role: ROLE first; when the service refuses it (managed services rename or
/// disable some commands), INFO replication; when both are refused, the role stays unknown and
/// the detail says so, and the run goes on with what the server allows.
/// </summary>
public static class RoleQuery
{
    public sealed record Answer(ServerRole Role, string Detail);

    public static async Task<Answer> AskAsync(IDatabase database, CancellationToken cancellation)
    {
        string refusedRole;
        try
        {
            var reply = (RedisResult[]?)await database.ExecuteAsync("ROLE").WaitAsync(cancellation).ConfigureAwait(false);
            return FromRoleReply(reply ?? []);
        }
        catch (RedisServerException e)
        {
            refusedRole = e.Message;
        }

        try
        {
            var info = (string?)await database.ExecuteAsync("INFO", "replication").WaitAsync(cancellation).ConfigureAwait(false);
            var answer = FromInfo(info ?? "");
            return answer with { Detail = $"{answer.Detail} (ROLE refused: {refusedRole}; used INFO replication)" };
        }
        catch (RedisServerException e)
        {
            return new Answer(ServerRole.Unknown, $"the service refuses ROLE ({refusedRole}) and INFO ({e.Message}); role not checked");
        }
    }

    /// <summary>Reads a field of an INFO section ("name:value" lines); null when absent.</summary>
    public static string? InfoField(string info, string name) =>
        info.Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.StartsWith(name + ":", StringComparison.Ordinal))
            .Select(line => line[(name.Length + 1)..])
            .FirstOrDefault();

    private static Answer FromRoleReply(RedisResult[] reply)
    {
        var kind = reply.Length > 0 ? (string?)reply[0] : null;
        switch (kind)
        {
            case "master":
                var replicas = reply.Length > 2 && !reply[2].IsNull ? ((RedisResult[]?)reply[2])?.Length ?? 0 : 0;
                return new Answer(ServerRole.Primary, $"master with {replicas} connected replica(s)");
            case "slave":
            case "replica":
                var link = reply.Length > 3 ? (string?)reply[3] : "unknown";
                return new Answer(ServerRole.Replica, $"replica of {(string?)reply[1]}:{(string?)reply[2]}, link {link}");
            default:
                return new Answer(ServerRole.Unknown, $"ROLE answered '{kind}'");
        }
    }

    private static Answer FromInfo(string info) =>
        InfoField(info, "role") switch
        {
            "master" => new Answer(ServerRole.Primary, $"master with {InfoField(info, "connected_slaves") ?? "?"} connected replica(s)"),
            "slave" or "replica" => new Answer(
                ServerRole.Replica,
                $"replica of {InfoField(info, "master_host")}:{InfoField(info, "master_port")}, link {InfoField(info, "master_link_status")}"),
            var other => new Answer(ServerRole.Unknown, $"INFO replication reports role '{other}'"),
        };
}
