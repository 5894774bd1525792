using Infra.Settings;

namespace Check;

/// <summary>Checks one <c>Pulumi.&lt;stack&gt;.yaml</c> with the same rules <c>pulumi up</c> applies, offline.</summary>
internal static class StackFileCheck
{
    public static CheckReport Run(string path)
    {
        // Inside the try: finding the project reads the Pulumi.yaml files above the path, which can fail too.
        string project;
        StackFile file;
        try
        {
            project = ProjectName.For(path);
            file = StackFile.Load(path, project);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            return new CheckReport(path, null, e.Message, [], null, []);
        }

        var warnings = new List<string>();
        // A stack file carries the AUTH token only once `pulumi config set --secret authToken` ran
        // (committed examples do not): check the rest as if it were set, and say so.
        var authTokenInFile = file.Config.ContainsKey(SettingKeys.AuthToken);
        StackSettings settings;
        try
        {
            settings = StackSettingsParser.Parse(project, file.Stack, file.Config, acceptEncryptedSecrets: true);
        }
        catch (SettingsValidationException e) when (!authTokenInFile && TokenIsMissing(e))
        {
            var withToken = new Dictionary<string, string>(file.Config) { [SettingKeys.AuthToken] = StackFile.EncryptedValueMarker };
            try
            {
                settings = StackSettingsParser.Parse(project, file.Stack, withToken, acceptEncryptedSecrets: true);
            }
            catch (SettingsValidationException again)
            {
                return new CheckReport(path, file.Stack, null, again.Problems, null, []);
            }

            warnings.Add("authToken is not in the file: set it before `pulumi up` with `pulumi config set --secret authToken` (it prompts)");
        }
        catch (SettingsValidationException e)
        {
            return new CheckReport(path, file.Stack, null, e.Problems, null, []);
        }

        var summary = StackSummary.For(settings, authTokenInFile);
        // The same warnings `pulumi preview` logs (access, and engines in or near Extended Support).
        warnings.AddRange(settings.Warnings);
        warnings.AddRange(summary.Cost.Unpriced.Select(item => $"cost: no price for {item}; it is left out of the estimate"));
        warnings.AddRange(summary.Security.Where(control => !control.Passed).Select(control => $"security baseline: {control.Id} {control.Name} fails ({control.Detail})"));
        return new CheckReport(path, file.Stack, null, [], summary, warnings);
    }

    /// <summary>The token is reported missing; other problems that come with it are found again with the token in place.</summary>
    private static bool TokenIsMissing(SettingsValidationException e) =>
        e.Problems.Any(problem => problem.Key == SettingKeys.AuthToken && problem.Given == SettingProblem.NotSet);
}
