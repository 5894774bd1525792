namespace Infra.Settings;

/// <summary>Names derived deterministically from project and stack, each within its AWS limits.</summary>
/// <param name="Prefix">Short lowercase prefix for Pulumi logical names and descriptions, e.g. <c>elasticache-redis-dev</c>.</param>
/// <param name="ReplicationGroupId">≤ 40 chars, lowercase letters/digits/hyphens, starts with a letter, no <c>--</c>, no trailing hyphen.</param>
/// <param name="SlowLogGroupName">CloudWatch log group for the slow log.</param>
public sealed record ResourceNames(string Prefix, string ReplicationGroupId, string SlowLogGroupName);
