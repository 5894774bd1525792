namespace Smoke.Bench;

/// <summary>The RESP2 reply types the probe distinguishes.</summary>
internal enum RespType
{
    Status,
    Error,
    Integer,
    Bulk,
    Nil,
    Array,
}

/// <summary>A fully parsed reply, used on the control path (ROLE, DEL, lag markers); the load path never builds one.</summary>
internal sealed record RespValue(RespType Type, string? Text = null, long Integer = 0, IReadOnlyList<RespValue>? Items = null)
{
    public bool IsError => Type == RespType.Error;

    public override string ToString() => Type switch
    {
        RespType.Integer => Integer.ToString(System.Globalization.CultureInfo.InvariantCulture),
        RespType.Nil => "(nil)",
        RespType.Array => $"[{string.Join(", ", Items ?? [])}]",
        _ => Text ?? string.Empty,
    };
}
