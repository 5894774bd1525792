using System.Globalization;

namespace Smoke.Bench;

/// <summary>
/// Names of everything one run writes: <c>bench:&lt;run id&gt;:&lt;number&gt;</c> for the key space,
/// zero-padded to one width so a pre-encoded command can take any key by rewriting its digits,
/// and <c>bench:&lt;run id&gt;:lag</c> for the replication-lag marker. The run id keeps two
/// concurrent probes (and their cleanups) apart.
/// </summary>
internal sealed class KeyNames
{
    public KeyNames(string runId, int keySpace)
    {
        RunId = runId;
        KeySpace = keySpace;
        Prefix = $"bench:{runId}:";
        Digits = Math.Max(1, (keySpace - 1).ToString(CultureInfo.InvariantCulture).Length);
    }

    public string RunId { get; }

    public int KeySpace { get; }

    public string Prefix { get; }

    public int Digits { get; }

    public int KeyLength => Prefix.Length + Digits;

    public string LagMarker => Prefix + "lag";

    public static string NewRunId() => Convert.ToHexStringLower(Guid.NewGuid().ToByteArray().AsSpan(0, 4));

    public string Key(int number) => Prefix + number.ToString(CultureInfo.InvariantCulture).PadLeft(Digits, '0');

    /// <summary>Writes <paramref name="number"/> as <see cref="Digits"/> ASCII digits, zero-padded.</summary>
    public void WriteDigits(Span<byte> destination, int number)
    {
        for (var i = Digits - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (number % 10));
            number /= 10;
        }
    }
}
