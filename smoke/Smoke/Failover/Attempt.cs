namespace Smoke.Failover;

/// <summary>One command the writer or reader sent: its sequence number, when it started and ended (drill clock, ms), and how it failed (null: acknowledged).</summary>
internal readonly record struct Attempt(long Sequence, double StartMs, double EndMs, ErrorKind? Error)
{
    public bool Ok => Error is null;
}
