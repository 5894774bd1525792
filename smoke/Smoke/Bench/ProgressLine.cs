namespace Smoke.Bench;

/// <summary>
/// Progress while the load runs, on the diagnostic stream so that <c>--json</c> output stays
/// clean: one line per second, or a single line redrawn in place when that stream is a terminal.
/// </summary>
internal sealed class ProgressLine(TextWriter writer, bool interactive)
{
    private int lastLength;

    public void Show(string text)
    {
        if (interactive)
        {
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
