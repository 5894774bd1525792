using System.Text.Json;
using Smoke.Tests.Infrastructure;
using StackExchange.Redis;

namespace Smoke.Tests.Bench;

/// <summary>
/// Runs `smoke bench ...` in-process through the smoke tests' <see cref="SmokeProgram"/> (captured
/// streams, private environment, no secret in any output), bounded so a hang fails the test, and
/// reads what the probe reported and left behind.
/// </summary>
internal static class BenchRuns
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    public static string[] PlainTarget(RedisPair pair) =>
        ["--primary", $"{RedisPair.PrimaryAddress}:{pair.Port}", "--reader", $"{RedisPair.ReplicaAddress}:{pair.Port}", "--no-tls"];

    public static Task<SmokeRun> RunAsync(params string[] arguments) => RunAsync(null, arguments);

    public static Task<SmokeRun> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        SmokeProgram.RunAsync(["bench", .. arguments], environment).WaitAsync(Bound);

    /// <summary>With the stack outputs JSON on standard input (<c>--outputs -</c>).</summary>
    public static Task<SmokeRun> RunWithOutputsAsync(string outputsJson, params string[] arguments) =>
        SmokeProgram.RunAsync(["bench", "--outputs", "-", .. arguments], standardInput: outputsJson).WaitAsync(Bound);

    public static JsonElement Json(this SmokeRun run) => JsonDocument.Parse(run.Output).RootElement;

    public static IEnumerable<JsonElement> Operations(this SmokeRun run) => run.Json().GetProperty("operations").EnumerateArray();

    /// <summary>Keys under the probe's prefix on a running server of the pair (KEYS is fine on a test server).</summary>
    public static Task<int> BenchKeyCountAsync(this RedisPair pair, RedisServer server) =>
        pair.WithConnectionAsync(server, async db => ((RedisResult[]?)await db.ExecuteAsync("KEYS", "bench:*"))?.Length ?? 0);
}
