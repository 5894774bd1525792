using Infra.Settings;
using Pulumi;

namespace Infra;

/// <summary>The stack's config: every known key of the project's namespace (<c>elasticache-redis:*</c>), raw and validated.</summary>
/// <param name="Values">Bare key → config text, as <c>Config.Get</c> returns it (secrets decrypted).</param>
/// <param name="Settings">The same values through the settings library's rules.</param>
internal sealed record StackConfig(IReadOnlyDictionary<string, string> Values, StackSettings Settings);

internal static class StackConfigReader
{
    /// <summary>
    /// Reads every known key and validates them all at once. Throws before any resource is declared
    /// when the config is invalid.
    /// </summary>
    public static StackConfig Read()
    {
        var config = new Config();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var setting in SettingKeys.All)
        {
            var value = config.Get(setting.Key);
            if (value is not null)
            {
                values[setting.Key] = value;
            }
        }

        try
        {
            return new StackConfig(values, StackSettingsParser.Parse(Deployment.Instance.ProjectName, Deployment.Instance.StackName, values));
        }
        catch (SettingsValidationException e)
        {
            // A RunException is reported with its message only (no stack trace), which is all an
            // operator needs: every problem with its key, what was given and what is allowed.
            throw new RunException(e.Message, e);
        }
    }
}
