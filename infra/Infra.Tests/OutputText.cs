using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using Pulumi;
using Pulumi.Utilities;

namespace Infra.Tests;

/// <summary>
/// An output's value as JSON text, whatever its type: an <c>Output&lt;T&gt;</c> is read with
/// <see cref="OutputUtilities.GetValueAsync{T}"/> (never ToString, which needs a running deployment),
/// a plain value is serialized as it is.
/// </summary>
internal static class OutputText
{
    private static readonly MethodInfo ReadMethod = typeof(OutputText).GetMethod(nameof(ReadAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static async Task<string> Of(object? value)
    {
        var plain = IsOutput(value) ? await Read(value!) : value;
        return JsonSerializer.Serialize(Plain(plain));
    }

    /// <summary>Whether the value is an <c>Output&lt;T&gt;</c> marked secret.</summary>
    public static async Task<bool> IsSecret(object? value)
    {
        if (!IsOutput(value))
        {
            return false;
        }

        var method = typeof(Output).GetMethod(nameof(Output.IsSecretAsync))!.MakeGenericMethod(value!.GetType().GetGenericArguments()[0]);
        return await (Task<bool>)method.Invoke(null, [value])!;
    }

    private static bool IsOutput(object? value) =>
        value is not null && value.GetType().IsGenericType && value.GetType().GetGenericTypeDefinition() == typeof(Output<>);

    private static async Task<object?> Read(object output)
    {
        var valueType = output.GetType().GetGenericArguments()[0];
        var task = (Task)ReadMethod.MakeGenericMethod(valueType).Invoke(null, [output])!;
        await task;
        return task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task);
    }

    private static async Task<object?> ReadAsync<T>(Output<T> output) => await OutputUtilities.GetValueAsync(output);

    // ImmutableArray is a struct that System.Text.Json writes as a list only when it is not default.
    private static object? Plain(object? value) => value switch
    {
        ImmutableArray<string> { IsDefault: true } => Array.Empty<string>(),
        _ => value,
    };
}
