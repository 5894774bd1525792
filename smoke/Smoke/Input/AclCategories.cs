namespace Smoke.Input;

/// <summary>
/// The ACL categories of the commands the smoke check sends, as Redis 7 defines them (`ACL CAT
/// &lt;category&gt;` on redis-server 7.0.15; the test suite compares this table with a live server).
/// A category not listed here holds none of these commands.
/// </summary>
public static class AclCategories
{
    private static readonly Dictionary<string, string[]> CategoriesOfCommand = new(StringComparer.OrdinalIgnoreCase)
    {
        ["set"] = ["write", "string", "slow"],
        ["get"] = ["read", "string", "fast"],
        ["del"] = ["keyspace", "write", "slow"],
        ["ping"] = ["fast", "connection"],
        ["role"] = ["admin", "fast", "dangerous"],
        ["info"] = ["slow", "dangerous"],
    };

    public static IReadOnlyCollection<string> Commands => CategoriesOfCommand.Keys;

    /// <summary>Whether <paramref name="command"/> is in <paramref name="category"/> (@all holds every command).</summary>
    public static bool Contains(string category, string command) =>
        category.Equals("all", StringComparison.OrdinalIgnoreCase)
        || (CategoriesOfCommand.TryGetValue(command, out var categories) && categories.Contains(category, StringComparer.OrdinalIgnoreCase));

    /// <summary>The categories <paramref name="command"/> belongs to, without @all.</summary>
    public static IReadOnlyList<string> Of(string command) =>
        CategoriesOfCommand.TryGetValue(command, out var categories) ? categories : [];
}
