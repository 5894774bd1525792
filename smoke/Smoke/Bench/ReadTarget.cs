namespace Smoke.Bench;

/// <summary>Where the probe sends its GETs (<c>--read-from</c>).</summary>
public enum ReadTarget
{
    Reader,
    Primary,
    Both,
}
