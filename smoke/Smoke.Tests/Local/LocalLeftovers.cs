using System.Globalization;
using System.Text.RegularExpressions;

namespace Smoke.Tests.Local;

/// <summary>What `smoke local` says it started (its first line), and the proof that none of it is left.</summary>
internal static partial class LocalLeftovers
{
    public static void AssertNothingLeft(Started started)
    {
        Assert.False(Directory.Exists(started.Directory), $"{started.Directory} left behind");
        Assert.All(started.ProcessIds, pid => Assert.False(IsRunning(pid), $"server process {pid} left running"));
    }

    /// <summary>A live (not zombie) process with that id.</summary>
    public static bool IsRunning(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat))
        {
            return false;
        }

        try
        {
            var fields = File.ReadAllText(stat);
            return fields[(fields.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    public sealed record Started(IReadOnlyList<int> ProcessIds, string Directory)
    {
        public static Started Parse(string output)
        {
            var match = StartedLine().Match(output);
            Assert.True(match.Success, $"no 'smoke local: ... (pids ...), files in ...' line in:\n{output}");
            return new Started(
                match.Groups["pids"].Value.Split(", ").Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList(),
                match.Groups["dir"].Value.Trim());
        }
    }

    [GeneratedRegex(@"\(pids (?<pids>[0-9, ]+)\), files in (?<dir>\S+)")]
    private static partial Regex StartedLine();
}
