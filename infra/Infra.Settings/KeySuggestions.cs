namespace Infra.Settings;

/// <summary>"Did you mean" for unknown config keys.</summary>
internal static class KeySuggestions
{
    /// <summary>The known key closest to <paramref name="unknown"/>, or null when none is close.</summary>
    public static string? Closest(string unknown, IEnumerable<string> known)
    {
        var best = known
            .Select(key => (Key: key, Distance: Distance(unknown.ToLowerInvariant(), key.ToLowerInvariant())))
            .OrderBy(candidate => candidate.Distance)
            .ThenBy(candidate => candidate.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        var tolerance = Math.Max(2, unknown.Length / 4);
        return best.Key is not null && best.Distance <= tolerance ? best.Key : null;
    }

    /// <summary>Levenshtein distance (insertions, deletions, substitutions).</summary>
    internal static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
