namespace Check.Tests;

/// <summary>One run of the check command, in process, with what it printed and its exit code.</summary>
internal sealed record CheckRun(int ExitCode, string Output, string Error)
{
    public static CheckRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CheckCommand.Run(args, output, error);
        return new CheckRun(exitCode, output.ToString(), error.ToString());
    }
}

/// <summary>A stack file in a fresh temporary folder (with a Pulumi.yaml naming the project), deleted on dispose.</summary>
internal sealed class TempStackFile : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("check-tests-").FullName;

    public TempStackFile(string stack, string yaml)
    {
        File.WriteAllText(System.IO.Path.Combine(_directory, "Pulumi.yaml"), "name: elasticache-redis\nruntime: dotnet\n");
        Path = System.IO.Path.Combine(_directory, $"Pulumi.{stack}.yaml");
        File.WriteAllText(Path, yaml);
    }

    public string Path { get; }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
