using System.CommandLine;

namespace Check;

/// <summary>
/// <c>check [--json] [--strict] Pulumi.&lt;stack&gt;.yaml...</c>: validates stack files offline with the
/// rules <c>pulumi up</c> applies. Exit codes: 0 valid; 1 a security control fails (with --strict);
/// 2 a file is invalid or unreadable, or bad usage.
/// </summary>
internal static class CheckCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("stack-file")
        {
            Description = "One or more Pulumi.<stack>.yaml files",
            Arity = ArgumentArity.OneOrMore,
        };
        // System.CommandLine hands a token it does not know as an option to the argument: say what it is.
        files.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(token => token.Value.StartsWith('-')))
            {
                result.AddError($"unknown option {token.Value} (the options are --json, --strict, --help)");
            }
        });
        var json = new Option<bool>("--json") { Description = "Print one JSON array, an object per file, instead of text" };
        var strict = new Option<bool>("--strict") { Description = "Exit 1 when a valid stack fails a security-baseline control (CI for committed stacks)" };
        var root = new RootCommand("Checks Pulumi stack files offline: every problem at once, or a reviewer's summary (engine, topology, access, security controls, monthly cost, warnings). Secrets are never printed.")
        {
            files,
            json,
            strict,
        };
        var exitCode = 0;
        root.SetAction(parsed =>
        {
            var reports = parsed.GetRequiredValue(files).Select(StackFileCheck.Run).ToList();
            if (parsed.GetValue(json))
            {
                JsonReport.Write(reports, output);
            }
            else
            {
                foreach (var report in reports)
                {
                    TextReport.Write(report, output);
                }
            }

            exitCode = reports.Max(report => report.ExitCode(parsed.GetValue(strict)));
        });

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var parseError in result.Errors)
            {
                error.WriteLine($"check: {parseError.Message}");
            }

            error.WriteLine("usage: check [--json] [--strict] Pulumi.<stack>.yaml...   (check --help)");
            return 2;
        }

        var status = result.Invoke(new InvocationConfiguration { Output = output, Error = error });
        return status != 0 ? status : exitCode;
    }
}
