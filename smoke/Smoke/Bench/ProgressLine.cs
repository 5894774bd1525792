namespace Smoke.Bench;

/// <summary>
/// Progress while the load runs, on the diagnostic stream so that <c>--json</c> output stays
/// clean: one line per second, or, when that stream is a terminal, a progress bar and the line
/// redrawn in place.
/// </summary>
internal sealed class ProgressLine(TextWriter writer, bool interactive)
{
    private const int BarWidth = 20;
    private int lastLength;

    /// <param name="done">Share of the run done (0..1) when known; drawn as a bar on a terminal.</param>
    public void Show(string text, double? done = null)
    {
        if (interactive)
        {
            if (done is { } share)
            {
                var filled = (int)Math.Round(Math.Clamp(share, 0, 1) * BarWidth);
                text = $"[{new string('#', filled)}{new string('.', BarWidth - filled)}] {text}";
            }

            writer.Write('\r' + text.PadRight(lastLength));
            lastLength = text.Length;
        }
        else
        {
            writer.WriteLine(text);
        }

        writer.Flush();
    }

    public void Finish()
    {
        if (interactive && lastLength > 0)
        {
            writer.WriteLine();
            writer.Flush();
        }
    }
}
