using System.Globalization;
using System.Security.Cryptography;

namespace Smoke.Failover;

/// <summary>
/// The drill's keys: smoke:failover:&lt;run id&gt;:&lt;n&gt;, n = 1, 2, ... (so every key it may have
/// written is known without SCAN), each with a TTL long enough to outlive the drill and its
/// verification; the TTL is only the safety net for a cleanup that could not run.
/// </summary>
internal sealed record DrillKeys(string Prefix, string TtlMs)
{
    public static DrillKeys Create(TimeSpan lifetime) => new(
        $"smoke:failover:{RandomNumberGenerator.GetHexString(8, lowercase: true)}",
        ((long)lifetime.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));

    public string Key(long sequence) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}:{sequence}");
}
