using System.Globalization;
using System.Text.RegularExpressions;

namespace Infra.Settings;

/// <summary>A span of minutes on a cyclic clock (a day or a week); it may wrap past the end.</summary>
/// <param name="Start">Minute the window opens, from the start of the cycle.</param>
/// <param name="Length">Minutes it stays open, 1..cycle-1.</param>
/// <param name="Cycle">Length of the clock in minutes (1440 for a day, 10080 for a week).</param>
internal readonly record struct CyclicWindow(int Start, int Length, int Cycle)
{
    /// <summary>
    /// Whether the two windows (on the same weekly clock) share at least one minute. Touching ends
    /// (one closes at 04:00, the other opens at 04:00) do not overlap.
    /// </summary>
    public bool Overlaps(CyclicWindow other)
    {
        // Shift so this window starts at 0; then the other overlaps iff it starts inside this one
        // or this one starts inside the other.
        var otherStart = Modulo(other.Start - Start, Cycle);
        return otherStart < Length || Modulo(-otherStart, Cycle) < other.Length;
    }

    private static int Modulo(int value, int cycle) => ((value % cycle) + cycle) % cycle;
}

/// <summary>Parses ElastiCache's snapshot window (daily) and maintenance window (weekly) formats.</summary>
internal static partial class TimeWindows
{
    public const int MinutesPerDay = 24 * 60;
    public const int MinutesPerWeek = 7 * MinutesPerDay;
    public const int MinimumMinutes = 60;

    private static readonly string[] Days = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    [GeneratedRegex("^(?<h1>[0-9]{2}):(?<m1>[0-9]{2})-(?<h2>[0-9]{2}):(?<m2>[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DailyPattern();

    [GeneratedRegex("^(?<d1>[a-z]{3}):(?<h1>[0-9]{2}):(?<m1>[0-9]{2})-(?<d2>[a-z]{3}):(?<h2>[0-9]{2}):(?<m2>[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex WeeklyPattern();

    /// <summary>A daily <c>hh24:mi-hh24:mi</c> window, or null when malformed or empty.</summary>
    public static CyclicWindow? ParseDaily(string text)
    {
        var match = DailyPattern().Match(text);
        if (!match.Success
            || MinuteOfDay(match, "h1", "m1") is not { } start
            || MinuteOfDay(match, "h2", "m2") is not { } end
            || start == end)
        {
            return null;
        }

        return new CyclicWindow(start, Modulo(end - start, MinutesPerDay), MinutesPerDay);
    }

    /// <summary>A weekly <c>ddd:hh24:mi-ddd:hh24:mi</c> window (Sunday-based week), or null when malformed or empty.</summary>
    public static CyclicWindow? ParseWeekly(string text)
    {
        var match = WeeklyPattern().Match(text.ToLowerInvariant());
        if (!match.Success
            || Array.IndexOf(Days, match.Groups["d1"].Value) is var startDay && startDay < 0
            || Array.IndexOf(Days, match.Groups["d2"].Value) is var endDay && endDay < 0
            || MinuteOfDay(match, "h1", "m1") is not { } startMinute
            || MinuteOfDay(match, "h2", "m2") is not { } endMinute)
        {
            return null;
        }

        var start = (startDay * MinutesPerDay) + startMinute;
        var end = (endDay * MinutesPerDay) + endMinute;
        return start == end ? null : new CyclicWindow(start, Modulo(end - start, MinutesPerWeek), MinutesPerWeek);
    }

    /// <summary>The daily window as it recurs on each of the seven days, on the weekly clock.</summary>
    public static IEnumerable<CyclicWindow> EveryDayOfWeek(CyclicWindow daily) =>
        Enumerable.Range(0, 7).Select(day => new CyclicWindow((day * MinutesPerDay) + daily.Start, daily.Length, MinutesPerWeek));

    private static int? MinuteOfDay(Match match, string hourGroup, string minuteGroup)
    {
        var hour = int.Parse(match.Groups[hourGroup].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups[minuteGroup].Value, CultureInfo.InvariantCulture);
        return hour < 24 && minute < 60 ? (hour * 60) + minute : null;
    }

    private static int Modulo(int value, int cycle) => ((value % cycle) + cycle) % cycle;
}
