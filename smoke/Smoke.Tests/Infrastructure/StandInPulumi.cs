namespace Smoke.Tests.Infrastructure;

/// <summary>
/// An executable named `pulumi` in a temporary folder: a shell script with the given body, which
/// also records its arguments to args.txt. Tests put the folder first on the PATH they hand to
/// the program, so `--stack` runs it instead of a real Pulumi CLI.
/// </summary>
public sealed class StandInPulumi : IDisposable
{
    private StandInPulumi(string folder) => Folder = folder;

    public string Folder { get; }

    public string ArgumentsFile => Path.Combine(Folder, "args.txt");

    public IReadOnlyDictionary<string, string> Environment =>
        new Dictionary<string, string> { ["PATH"] = $"{Folder}{Path.PathSeparator}{System.Environment.GetEnvironmentVariable("PATH")}" };

    public static StandInPulumi Create(string body)
    {
        var folder = Directory.CreateTempSubdirectory("smoke-pulumi-").FullName;
        var script = Path.Combine(folder, "pulumi");
        File.WriteAllText(script, $"#!/bin/sh\necho \"$@\" > \"{Path.Combine(folder, "args.txt")}\"\n{body}\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return new StandInPulumi(folder);
    }

    /// <summary>A stand-in that prints <paramref name="json"/> like `pulumi stack output --json` does.</summary>
    public static StandInPulumi Printing(string json)
    {
        var stand = Create("cat \"$(dirname \"$0\")/outputs.json\"");
        File.WriteAllText(Path.Combine(stand.Folder, "outputs.json"), json);
        return stand;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
