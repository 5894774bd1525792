namespace Infra.Settings;

/// <summary>The retention periods CloudWatch Logs accepts for a log group.</summary>
public static class LogRetention
{
    /// <summary>
    /// CloudWatch Logs API reference, PutRetentionPolicy, retentionInDays "Valid Values": any other
    /// number of days is refused when the log group is created.
    /// </summary>
    public static readonly IReadOnlyList<int> AllowedDays =
        [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];
}
