using System.Collections.Immutable;
using System.Globalization;

namespace Infra.Tests;

/// <summary>One resource registration as the mocked engine saw it: type token, name, the id it was given, inputs.</summary>
/// <param name="Order">Position in registration order (a resource registers only once its inputs are known).</param>
/// <remarks>
/// Input values arrive deserialized (secrets unwrapped): text as string, numbers as double, lists as
/// ImmutableArray&lt;object?&gt;, objects as ImmutableDictionary&lt;string, object?&gt;.
/// </remarks>
internal sealed record Registration(int Order, string Type, string Name, string? Id, ImmutableDictionary<string, object> Inputs)
{
    public bool Has(string key) => Inputs.ContainsKey(key);

    public string Text(string key) => (string)Inputs[key];

    public int Number(string key) => Convert.ToInt32(Inputs[key], CultureInfo.InvariantCulture);

    public bool Flag(string key) => (bool)Inputs[key];

    public IReadOnlyList<object?> Items(string key) =>
        Inputs.TryGetValue(key, out var value) ? ((IEnumerable<object?>)value).ToList() : [];

    public IReadOnlyList<string> Texts(string key) => Items(key).Select(item => (string)item!).ToList();

    public IReadOnlyDictionary<string, object?> Fields(string key) =>
        Inputs.TryGetValue(key, out var value)
            ? (IReadOnlyDictionary<string, object?>)value
            : ImmutableDictionary<string, object?>.Empty;

    public IReadOnlyDictionary<string, string> TextFields(string key) =>
        Fields(key).ToDictionary(entry => entry.Key, entry => (string)entry.Value!);
}
