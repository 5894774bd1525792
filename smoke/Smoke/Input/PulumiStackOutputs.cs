using System.ComponentModel;
using System.Diagnostics;
using Smoke.Cli;

namespace Smoke.Input;

/// <summary>
/// Runs `pulumi stack output --json --show-secrets --stack &lt;name&gt;` and returns its standard
/// output. The executable is looked up on the PATH of the given environment (a seam: tests put a
/// stand-in first on that PATH). Its standard output holds the secret and is never echoed; its
/// standard error is quoted in messages.
/// </summary>
public static class PulumiStackOutputs
{
    public const string ExecutableName = "pulumi";
    public const string ProjectFile = "Pulumi.yaml";

    public static async Task<string> ReadAsync(
        string stack, string? workingDirectory, Func<string, string?> environment, CancellationToken cancellation)
    {
        var executable = ExecutableLocator.Find(ExecutableName, environment("PATH"))
            ?? throw new UsageException(
                $"--stack {stack}: the '{ExecutableName}' CLI is not installed or not on PATH; install it "
                + "(https://www.pulumi.com/docs/install/) or save the outputs elsewhere with "
                + "`pulumi stack output --json --show-secrets > outputs.json` and pass --outputs outputs.json");
        var directory = workingDirectory ?? FindProjectDirectory(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
        if (!Directory.Exists(directory))
        {
            throw new UsageException($"--cwd: directory '{directory}' does not exist");
        }

        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "stack", "output", "--json", "--show-secrets", "--stack", stack, "--non-interactive" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new UsageException($"--stack {stack}: could not start '{executable}': {e.Message}");
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        string stdout, stderr;
        try
        {
            await process.WaitForExitAsync(cancellation).ConfigureAwait(false);
            // The streams end when every holder closes them, which a leftover child of pulumi may
            // not do: the same bound applies.
            stdout = await output.WaitAsync(cancellation).ConfigureAwait(false);
            stderr = (await error.WaitAsync(cancellation).ConfigureAwait(false)).Trim();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new UsageException($"--stack {stack}: `pulumi stack output` did not finish within the time limit (--timeout)");
        }

        if (process.ExitCode != 0)
        {
            throw new UsageException(
                $"--stack {stack}: `pulumi stack output` exited with code {process.ExitCode} in {directory}: "
                + (stderr.Length > 0 ? stderr : "(no message)"));
        }

        return stdout;
    }

    /// <summary>The nearest folder, from <paramref name="start"/> upwards, holding Pulumi.yaml.</summary>
    private static string? FindProjectDirectory(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, ProjectFile)))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
