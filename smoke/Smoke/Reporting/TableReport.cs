using System.Globalization;
using Smoke.Checks;
using Smoke.Cli;

namespace Smoke.Reporting;

/// <summary>The human report: one line per check, a hint under each failure, a verdict line.</summary>
public static class TableReport
{
    public static void Write(SmokeReport report, TextWriter output)
    {
        var target = report.Target;
        output.WriteLine(
            $"smoke: primary {target.Primary.Describe()}, reader {target.Reader.Describe()}, "
            + $"TLS {(target.Tls ? "on" : "off")}, AUTH {target.DescribeAuth()}");
        output.WriteLine();
        string[] header = ["CHECK", "ENDPOINT", "RESULT", "TIME", "DETAIL"];
        var rows = report.Checks.Select(c => new[]
        {
            c.Name,
            c.Endpoint?.ToString().ToLowerInvariant() ?? "",
            Status(c.Status),
            c.Status == CheckStatus.Skipped ? "-" : Durations.Format(c.Duration),
            c.Detail,
        }).ToList();
        var widths = Enumerable.Range(0, header.Length - 1)
            .Select(i => rows.Select(r => r[i].Length).Append(header[i].Length).Max())
            .ToArray();
        string Line(string[] cells) =>
            string.Join("  ", cells.Take(widths.Length).Select((cell, i) => cell.PadRight(widths[i]))) + "  " + cells[^1];

        output.WriteLine(Line(header));
        foreach (var (row, check) in rows.Zip(report.Checks))
        {
            output.WriteLine(Line(row));
            if (check.Hint is { Length: > 0 } hint)
            {
                output.WriteLine($"{new string(' ', widths[0] + 2)}hint: {hint}");
            }

            if (check.Note is { Length: > 0 } note)
            {
                output.WriteLine($"{new string(' ', widths[0] + 2)}note: {note}");
            }
        }

        output.WriteLine();
        var failed = report.Checks.Count(c => c.Status == CheckStatus.Failed);
        var passed = report.Checks.Count(c => c.Status == CheckStatus.Passed);
        var skipped = report.Checks.Count(c => c.Status == CheckStatus.Skipped);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{(report.Passed ? "PASSED" : "FAILED")}: {passed} passed, {failed} failed, {skipped} skipped in {Durations.Format(report.Duration)}"));
    }

    public static string Status(CheckStatus status) => status switch
    {
        CheckStatus.Passed => "pass",
        CheckStatus.Failed => "FAIL",
        _ => "skip",
    };
}
