namespace Infra.Settings;

/// <summary>One control of the security baseline and whether a stack meets it.</summary>
/// <param name="Id">The AWS Foundational Security Best Practices control id, or a short name of our own.</param>
/// <param name="Name">What the control requires, in words.</param>
/// <param name="Detail">What this stack has, e.g. <c>snapshotRetentionDays is 0</c>.</param>
public sealed record SecurityControlResult(string Id, string Name, bool Passed, string Detail)
{
    public override string ToString() => $"{(Passed ? "pass" : "FAIL")} {Id} {Name}: {Detail}";
}

/// <summary>
/// DESIGN.md's security baseline as named controls evaluated on a stack's settings, so a reviewer
/// (the <c>check</c> command) and a failing test see which control failed, not just that one did.
/// Ids are the AWS Security Hub "Foundational Security Best Practices" controls (Security Hub user
/// guide, "Security Hub controls for ElastiCache" and "... for Amazon EC2"); the rest are ours.
/// Only what a setting can change is listed: the fixed parts (IMDSv2, the default group without
/// rules, log retention) hold for every stack and are tested on the program.
/// </summary>
public static class SecurityControls
{
    public static IReadOnlyList<SecurityControlResult> Evaluate(StackSettings settings)
    {
        var cache = settings.Cache;
        var network = settings.Network;
        var open = settings.Security.ExternalIngress.Where(ingress => ingress.Source is "0.0.0.0/0" or "::/0").ToList();
        return
        [
            Control("ElastiCache.1", "automatic backups", cache.SnapshotRetentionDays >= 1, $"snapshotRetentionDays is {cache.SnapshotRetentionDays}"),
            Control("ElastiCache.2", "automatic minor version upgrades", cache.AutoMinorVersionUpgrade, cache.AutoMinorVersionUpgrade ? "on" : "off"),
            Control("ElastiCache.3", "automatic failover", cache.AutomaticFailover, cache.AutomaticFailover ? "on" : $"off (replicas {cache.Replicas}, multiAz resolved to {OnOff(cache.MultiAz)})"),
            Control("Multi-AZ", "nodes in two or more zones with Multi-AZ", cache.MultiAz, cache.MultiAz ? $"on, {network.AvailabilityZoneCount} zones" : "off"),
            Control("ElastiCache.4", "encryption at rest", cache.AtRestEncryption, cache.AtRestEncryption ? (cache.KmsKeyArn is null ? "AWS-managed key" : "customer-managed KMS key") : "off"),
            Control("ElastiCache.5", "encryption in transit", cache.TransitEncryption && cache.TransitEncryptionMode == "required", cache.TransitEncryption ? $"TLS, mode {cache.TransitEncryptionMode}" : "off"),
            Control("ElastiCache.6", "authentication (AUTH token or users)", settings.Access.Mode != AccessMode.None, $"authMode {settings.Access.Mode.ToString().ToLowerInvariant()}"),
            Control("EC2.6", "VPC flow logs", !network.CreatesVpc || network.FlowLogs is not null, network.CreatesVpc ? (network.FlowLogs is null ? "off" : $"on, kept {network.FlowLogs.RetentionDays} days") : "existing VPC: its owner's"),
            Control("Ingress", "nothing open to 0.0.0.0/0 or ::/0", open.Count == 0, open.Count == 0 ? $"{settings.Security.ExternalIngress.Count} admitted sources, cache port only" : string.Join(", ", open.Select(ingress => ingress.Source))),
        ];
    }

    private static SecurityControlResult Control(string id, string name, bool passed, string detail) => new(id, name, passed, detail);

    private static string OnOff(bool value) => value ? "on" : "off";
}
