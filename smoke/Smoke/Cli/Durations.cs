using System.Globalization;

namespace Smoke.Cli;

/// <summary>Timeout values on the command line: <c>250ms</c>, <c>2s</c>, <c>1.5</c> (seconds).</summary>
public static class Durations
{
    private static readonly TimeSpan Longest = TimeSpan.FromHours(1);

    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = default;
        var trimmed = text.Trim();
        var scale = 1000.0;
        if (trimmed.EndsWith("ms", StringComparison.OrdinalIgnoreCase))
        {
            scale = 1;
            trimmed = trimmed[..^2];
        }
        else if (trimmed.EndsWith('s') || trimmed.EndsWith('S'))
        {
            trimmed = trimmed[..^1];
        }

        if (!double.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        duration = TimeSpan.FromMilliseconds(value * scale);
        return duration > TimeSpan.Zero && duration <= Longest;
    }

    /// <summary>Short human text: 850 ms, 2.5 s.</summary>
    public static string Format(TimeSpan duration) =>
        duration.TotalMilliseconds < 1000
            ? string.Create(CultureInfo.InvariantCulture, $"{duration.TotalMilliseconds:0} ms")
            : string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.##} s");
}
