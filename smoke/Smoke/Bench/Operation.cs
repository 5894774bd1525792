namespace Smoke.Bench;

/// <summary>The commands the load is made of.</summary>
internal enum Operation
{
    Set,
    Get,
}
