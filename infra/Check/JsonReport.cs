using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Infra.Settings;

namespace Check;

/// <summary>The report for machines: one JSON array, an object per file, camelCase.</summary>
internal static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(IReadOnlyList<CheckReport> reports, TextWriter output) =>
        output.WriteLine(new JsonArray([.. reports.Select(ToJson)]).ToJsonString(Options));

    private static JsonObject ToJson(CheckReport report) => new()
    {
        ["file"] = report.File,
        ["stack"] = report.Stack,
        ["valid"] = report.Valid,
        ["error"] = report.Error,
        ["problems"] = new JsonArray([.. report.Problems.Select(p => (JsonNode)new JsonObject
        {
            ["key"] = p.Key,
            ["given"] = p.Given,
            ["default"] = p.Defaulted,
            ["allowed"] = p.Allowed,
            ["message"] = p.ToString(),
        })]),
        ["summary"] = report.Summary is { } s ? Summary(s) : null,
        ["warnings"] = Strings(report.Warnings),
    };

    private static JsonObject Summary(StackSummary s) => new()
    {
        ["project"] = s.Project,
        ["engine"] = s.Engine,
        ["engineVersion"] = s.EngineVersion,
        ["nodeType"] = s.NodeType,
        ["replicas"] = s.Replicas,
        ["zones"] = s.Zones,
        ["zoneNames"] = Strings(s.ZoneNames),
        ["multiAz"] = s.MultiAz,
        ["automaticFailover"] = s.AutomaticFailover,
        ["network"] = s.Network,
        ["allowedSources"] = Strings(s.AllowedSources),
        ["authMode"] = s.AuthMode,
        ["credentials"] = s.Credentials,
        ["security"] = new JsonArray([.. s.Security.Select(c => (JsonNode)new JsonObject
        {
            ["id"] = c.Id,
            ["name"] = c.Name,
            ["passed"] = c.Passed,
            ["detail"] = c.Detail,
        })]),
        ["cost"] = new JsonObject
        {
            ["monthlyUsd"] = s.Cost.MonthlyUsd,
            ["region"] = PriceTable.Region,
            ["pricesRecordedOn"] = PriceTable.RecordedOn,
            ["items"] = new JsonObject([.. s.Cost.Items.Select(i => KeyValuePair.Create(i.Name, (JsonNode?)JsonValue.Create(i.MonthlyUsd)))]),
            ["unpriced"] = Strings(s.Cost.Unpriced),
        },
    };

    private static JsonArray Strings(IEnumerable<string> items) => new([.. items.Select(item => (JsonNode)JsonValue.Create(item))]);
}
