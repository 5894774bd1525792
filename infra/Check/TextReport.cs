using System.Globalization;
using Infra.Settings;

namespace Check;

/// <summary>The report for people: every problem, or the reviewer's summary and the warnings.</summary>
internal static class TextReport
{
    public static void Write(CheckReport report, TextWriter output)
    {
        if (report.Error is not null)
        {
            output.WriteLine($"{report.File}: cannot be checked: {report.Error}");
            return;
        }

        if (!report.Valid)
        {
            output.WriteLine($"{report.File}: stack {report.Stack} is invalid ({Count(report.Problems.Count, "problem")}):");
            foreach (var problem in report.Problems)
            {
                output.WriteLine($"  - {problem}");
            }

            return;
        }

        var s = report.Summary!;
        output.WriteLine($"{report.File}: stack {s.Stack} of {s.Project} is valid");
        Row(output, "engine", $"{s.Engine} {s.EngineVersion} on {s.NodeType}");
        Row(output, "topology", $"1 primary + {Count(s.Replicas, "replica")} over {Count(s.Zones, "zone")} ({Zones(s)}); "
            + $"Multi-AZ {OnOff(s.MultiAz)}, automatic failover {OnOff(s.AutomaticFailover)}");
        Row(output, "network", s.Network);
        Row(output, "admitted", s.AllowedSources.Count == 0 ? "the client instance only" : "the client instance, " + string.Join(", ", s.AllowedSources));
        Row(output, "access", $"{s.AuthMode}: {s.Credentials}");
        var failed = s.Security.Count(control => !control.Passed);
        Row(output, "security", failed == 0 ? $"all {s.Security.Count} controls pass" : $"{failed} of {s.Security.Count} controls FAIL");
        foreach (var control in s.Security)
        {
            output.WriteLine($"    {control}");
        }

        Row(output, "cost", $"{Usd(s.Cost.MonthlyUsd)} a month ({PriceTable.Region} on-demand list prices of {PriceTable.RecordedOn}, {PriceTable.HoursPerMonth:0} hours)");
        foreach (var item in s.Cost.Items)
        {
            output.WriteLine($"    {item.Name,-20} {Usd(item.MonthlyUsd),10}  {item.Basis}");
        }

        if (report.Warnings.Count > 0)
        {
            output.WriteLine("warnings:");
            foreach (var warning in report.Warnings)
            {
                output.WriteLine($"  - {warning}");
            }
        }
    }

    private static void Row(TextWriter output, string label, string text) => output.WriteLine($"  {label,-9} {text}");

    private static string Zones(StackSummary s) =>
        s.ZoneNames.Count > 0 ? string.Join(", ", s.ZoneNames) : "the region's first zones by name";

    private static string OnOff(bool value) => value ? "on" : "off";

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    public static string Usd(decimal amount) => "$" + amount.ToString("#,0.00", CultureInfo.InvariantCulture);
}
