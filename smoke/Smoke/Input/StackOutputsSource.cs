using Smoke.Cli;

namespace Smoke.Input;

/// <summary>Reads the stack outputs from where <see cref="TargetOptions"/> says: pulumi, a file, standard input, or nowhere.</summary>
public static class StackOutputsSource
{
    public const string StandardInput = "-";

    /// <summary>The outputs, or null when only --primary/--reader describe the target.</summary>
    public static async Task<StackOutputs?> ReadAsync(TargetOptions options, CliContext context, CancellationToken cancellation)
    {
        if (options.Stack is { } stack)
        {
            var json = await PulumiStackOutputs.ReadAsync(stack, options.WorkingDirectory, context.GetEnvironmentVariable, cancellation).ConfigureAwait(false);
            return StackOutputsParser.Parse(json, $"pulumi stack {stack}");
        }

        if (options.OutputsPath == StandardInput)
        {
            string json;
            try
            {
                json = await context.In.ReadToEndAsync(cancellation).WaitAsync(cancellation).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                throw new UsageException("--outputs -: standard input did not end within the time limit (--timeout)");
            }

            return StackOutputsParser.Parse(json, "standard input");
        }

        if (options.OutputsPath is { } path)
        {
            if (!File.Exists(path))
            {
                throw new UsageException($"--outputs: file '{path}' not found");
            }

            try
            {
                return StackOutputsParser.Parse(await File.ReadAllTextAsync(path, cancellation).ConfigureAwait(false), path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"--outputs: cannot read '{path}': {e.Message}");
            }
        }

        return null;
    }
}
