using System.ComponentModel;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Smoke.Failover;

/// <summary>What one AWS CLI call returned.</summary>
internal sealed record AwsCliResult(int ExitCode, string Output, string Error)
{
    /// <summary>The AWS error code the CLI printed ("An error occurred (Code) when calling ..."), or null.</summary>
    public string? ErrorCode => AwsCli.ErrorCodePattern().Match(Error) is { Success: true } match ? match.Groups[1].Value : null;

    public string LastErrorLine => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? $"exit code {ExitCode}";
}

/// <summary>
/// Runs `aws elasticache ...` (the same AWS CLI v2 the SSM tunnels use), with JSON output and the
/// stack's region when known; each call is bounded and killed with its children when it overruns.
/// </summary>
internal sealed partial class AwsCli(string executable, string? region)
{
    private static readonly TimeSpan CallBound = TimeSpan.FromSeconds(60);

    public async Task<AwsCliResult> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments.Concat(["--output", "json"]))
        {
            start.ArgumentList.Add(argument);
        }

        if (!string.IsNullOrEmpty(region))
        {
            start.ArgumentList.Add("--region");
            start.ArgumentList.Add(region);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            return new AwsCliResult(127, "", $"{executable} could not be started: {e.Message}");
        }

        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        bound.CancelAfter(CallBound);
        try
        {
            await process.WaitForExitAsync(bound.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            cancellation.ThrowIfCancellationRequested();
            return new AwsCliResult(124, "", $"aws {string.Join(' ', arguments.Take(2))} did not answer within {CallBound.TotalSeconds:0} s");
        }

        return new AwsCliResult(process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
    }

    [GeneratedRegex(@"An error occurred \(([A-Za-z0-9.]+)\)", RegexOptions.CultureInvariant)]
    internal static partial Regex ErrorCodePattern();
}
