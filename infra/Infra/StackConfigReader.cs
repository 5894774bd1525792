using Infra.Settings;
using Pulumi;

namespace Infra;

internal static class StackConfigReader
{
    /// <summary>
    /// Reads every known key of the project's config namespace (<c>elasticache-redis:*</c>) and
    /// validates them all at once. Throws before any resource is declared when the config is invalid.
    /// </summary>
    public static StackSettings Read()
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
            return StackSettingsParser.Parse(Deployment.Instance.ProjectName, Deployment.Instance.StackName, values);
        }
        catch (SettingsValidationException e)
        {
            // A RunException is reported with its message only (no stack trace), which is all an
            // operator needs: every problem with its key, what was given and what is allowed.
            throw new RunException(e.Message, e);
        }
    }
}
