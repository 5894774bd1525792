using Pulumi;

namespace ElastiCacheRedis;

/// <summary>
/// The inputs of <see cref="Cache"/>: one per stack config key, under the same camelCase name
/// (<c>Infra.Settings.SettingKeys</c> is the catalog; a test checks the two agree). Decisions are
/// plain values, known and validated when the component is constructed; an unset (null) one takes
/// the catalog's default, so defaults live in one place. Ids, secrets and values another resource
/// may compute are <c>Input</c>s, checked by the same rules once they resolve.
/// </summary>
public sealed class CacheArgs : ResourceArgs
{
    /// <summary>IPv4 block of the VPC; one cache and one client subnet per zone are carved from it (/20 subnets from a /16).</summary>
    /// <remarks>
    /// Default: <c>10.0.0.0/16</c>. Allowed: a private (RFC 1918) IPv4 CIDR from /16 to /20 without host bits, e.g. 10.0.0.0/16. Replaces the replication group: yes.
    /// </remarks>
    [Input("vpcCidr")]
    public string? VpcCidr { get; set; }

    /// <summary>How many Availability Zones to spread subnets and cache nodes over (the region's first zones by name; no Local or Wavelength Zones).</summary>
    /// <remarks>
    /// Default: <c>2</c>. Allowed: an integer from 2 to 6; equal to the number of availabilityZoneNames when those are given. Replaces the replication group: no.
    /// </remarks>
    [Input("availabilityZoneCount")]
    public int? AvailabilityZoneCount { get; set; }

    /// <summary>Explicit zone names to use instead of the region's first zones by name, in order (the primary goes to the first).</summary>
    /// <remarks>
    /// Default: <c>[]</c>. Allowed: empty, or 2 to 6 distinct zone names of one region, e.g. ["us-east-1a", "us-east-1b"]; required when protect is true (with a created VPC). Replaces the replication group: no, but a changed zone fails the run (README: settings that replace).
    /// </remarks>
    [Input("availabilityZoneNames")]
    public List<string>? AvailabilityZoneNames { get; set; }

    /// <summary>An existing VPC to deploy into instead of creating one (then no VPC, subnets, route table or gateway endpoint are created).</summary>
    /// <remarks>
    /// Default: empty (not set). Allowed: empty (create the VPC), or a VPC id: vpc- followed by 8 or 17 hex digits. Replaces the replication group: yes. An input: it may come from another resource; its content is checked when it resolves, before anything that uses it is declared.
    /// </remarks>
    [Input("vpcId")]
    public Input<string>? VpcId { get; set; }

    /// <summary>With vpcId: the subnets of the cache's subnet group; preferred cache-cluster zones come from their zones.</summary>
    /// <remarks>
    /// Default: <c>[]</c>. Allowed: with vpcId: 2 to 6 distinct subnet ids (subnet- followed by 8 or 17 hex digits) of that VPC in at least 2 zones; empty otherwise. Replaces the replication group: no. An input: it may come from another resource; its content is checked when it resolves, before anything that uses it is declared.
    /// </remarks>
    [Input("cacheSubnetIds")]
    public InputList<string>? CacheSubnetIds { get; set; }

    /// <summary>With vpcId and clientEnabled: the subnet of the client instance (and of the SSM endpoints when they are created).</summary>
    /// <remarks>
    /// Default: empty (not set). Allowed: with vpcId and clientEnabled: a subnet id (subnet- followed by 8 or 17 hex digits); empty otherwise. Replaces the replication group: no. An input: it may come from another resource; its content is checked when it resolves, before anything that uses it is declared.
    /// </remarks>
    [Input("clientSubnetId")]
    public Input<string>? ClientSubnetId { get; set; }

    /// <summary>Create the SSM interface endpoints (ssm, ssmmessages, ec2messages) for the client; auto = only in a VPC the stack creates.</summary>
    /// <remarks>
    /// Default: <c>auto</c>. Allowed: auto, true or false; false with a created VPC and clientEnabled leaves the client no way to reach SSM. Replaces the replication group: no.
    /// </remarks>
    [Input("ssmEndpoints")]
    public string? SsmEndpoints { get; set; }

    /// <summary>Application security groups admitted to the cache port (one ingress rule each).</summary>
    /// <remarks>
    /// Default: <c>[]</c>. Allowed: a list of distinct security group ids (sg- followed by 8 or 17 hex digits). Replaces the replication group: no. An input: it may come from another resource; its content is checked when it resolves, before anything that uses it is declared.
    /// </remarks>
    [Input("allowedSecurityGroupIds")]
    public InputList<string>? AllowedSecurityGroupIds { get; set; }

    /// <summary>Private IPv4 networks admitted to the cache port (one ingress rule each), e.g. a peered VPC.</summary>
    /// <remarks>
    /// Default: <c>[]</c>. Allowed: a list of distinct IPv4 CIDR blocks without host bits, inside 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or 100.64.0.0/10, /8 or narrower. Replaces the replication group: no. An input: it may come from another resource; its content is checked when it resolves, before anything that uses it is declared.
    /// </remarks>
    [Input("allowedCidrBlocks")]
    public InputList<string>? AllowedCidrBlocks { get; set; }

    /// <summary>A Route 53 private hosted zone for CNAME records &lt;dnsRecordPrefix&gt;-primary and -reader pointing at the endpoints.</summary>
    /// <remarks>
    /// Default: empty (not set). Allowed: empty (no records), or a hosted zone id: Z followed by 1 to 31 uppercase letters or digits. Replaces the replication group: no. An input: it may come from another resource; its content is checked when it resolves, before anything that uses it is declared.
    /// </remarks>
    [Input("privateDnsZoneId")]
    public Input<string>? PrivateDnsZoneId { get; set; }

    /// <summary>First label of the CNAME records (empty = the stack name).</summary>
    /// <remarks>
    /// Default: empty (not set). Allowed: empty, or 1 to 55 lowercase letters, digits and hyphens, starting with a letter, not ending with a hyphen. Replaces the replication group: no.
    /// </remarks>
    [Input("dnsRecordPrefix")]
    public string? DnsRecordPrefix { get; set; }

    /// <summary>VPC flow logs (all traffic) of a created VPC to a CloudWatch Logs group (AWS FSBP EC2.6).</summary>
    /// <remarks>
    /// Default: <c>true</c>. Allowed: true or false. Replaces the replication group: no.
    /// </remarks>
    [Input("flowLogs")]
    public bool? FlowLogs { get; set; }

    /// <summary>Retention of the flow-log group, in days.</summary>
    /// <remarks>
    /// Default: <c>14</c>. Allowed: one of CloudWatch Logs' retention values: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653. Replaces the replication group: no.
    /// </remarks>
    [Input("flowLogRetentionDays")]
    public int? FlowLogRetentionDays { get; set; }

    /// <summary>Cache engine.</summary>
    /// <remarks>
    /// The default was redis before 1.0.0; redis → valkey is an in-place upgrade.
    /// Default: <c>valkey</c>. Allowed: redis or valkey. Replaces the replication group: valkey → redis only.
    /// </remarks>
    [Input("engine")]
    public string? Engine { get; set; }

    /// <summary>Engine version; empty picks the newest the engine offers (redis 7.1, valkey 9.0).</summary>
    /// <remarks>
    /// Default: empty (not set). Allowed: empty, or for redis: 6.2, 7.0, 7.1; for valkey: 7.2, 8.0, 8.1, 8.2, 9.0. Replaces the replication group: no.
    /// </remarks>
    [Input("engineVersion")]
    public string? EngineVersion { get; set; }

    /// <summary>ElastiCache node type of every node.</summary>
    /// <remarks>
    /// Default: <c>cache.t4g.micro</c>. Allowed: cache.&lt;family&gt;.&lt;size&gt; that ElastiCache offers for Redis OSS and Valkey: families t4g, t3, m7g, m6g, m5, m4, r7g, r6g, r6gd, r5, r4, c7gn (r6gd turns on data tiering), e.g. cache.t4g.micro, cache.r7g.large. Replaces the replication group: to or from r6gd only.
    /// </remarks>
    [Input("nodeType")]
    public string? NodeType { get; set; }

    /// <summary>Read replicas next to the primary.</summary>
    /// <remarks>
    /// Default: <c>1</c>. Allowed: an integer from 0 to 5. Replaces the replication group: no.
    /// </remarks>
    [Input("replicas")]
    public int? Replicas { get; set; }

    /// <summary>Multi-AZ with automatic failover: auto turns both on exactly when replicas &gt;= 1 and zones &gt;= 2; false turns both off.</summary>
    /// <remarks>
    /// Default: <c>auto</c>. Allowed: auto, true (needs replicas &gt;= 1 and at least 2 zones) or false. Replaces the replication group: no.
    /// </remarks>
    [Input("multiAz")]
    public string? MultiAz { get; set; }

    /// <summary>TCP port of the cache endpoints.</summary>
    /// <remarks>
    /// Default: <c>6379</c>. Allowed: an integer from 1024 to 65535. Replaces the replication group: yes.
    /// </remarks>
    [Input("port")]
    public int? Port { get; set; }

    /// <summary>TLS between clients and the cache.</summary>
    /// <remarks>
    /// Default: <c>true</c>. Allowed: true or false; a change on redis 7.x or valkey goes through transitEncryptionMode preferred (two steps, with authMode none). Replaces the replication group: redis 6.2 only.
    /// </remarks>
    [Input("transitEncryption")]
    public bool? TransitEncryption { get; set; }

    /// <summary>With transitEncryption: required accepts only TLS clients; preferred accepts both, the step between when TLS is switched on or off in place.</summary>
    /// <remarks>
    /// Default: <c>required</c>. Allowed: required or preferred (preferred needs transitEncryption true and authMode none); not sent on redis 6.2, which takes no mode. Replaces the replication group: no.
    /// </remarks>
    [Input("transitEncryptionMode")]
    public string? TransitEncryptionMode { get; set; }

    /// <summary>Encrypt data at rest (snapshots and swap).</summary>
    /// <remarks>
    /// Default: <c>true</c>. Allowed: true or false. Replaces the replication group: yes.
    /// </remarks>
    [Input("atRestEncryption")]
    public bool? AtRestEncryption { get; set; }

    /// <summary>Customer-managed KMS key for encryption at rest; empty uses the AWS-managed key.</summary>
    /// <remarks>
    /// Default: empty (not set). Allowed: empty, or arn:&lt;partition&gt;:kms:&lt;region&gt;:&lt;12-digit account&gt;:key/&lt;key id&gt;; needs atRestEncryption. Replaces the replication group: yes. An input: it may come from another resource; its content is checked when it resolves, before anything that uses it is declared.
    /// </remarks>
    [Input("kmsKeyArn")]
    public Input<string>? KmsKeyArn { get; set; }

    /// <summary>Days automatic daily snapshots are kept; 0 turns automatic snapshots off.</summary>
    /// <remarks>
    /// Default: <c>1</c>. Allowed: an integer from 0 to 35. Replaces the replication group: no.
    /// </remarks>
    [Input("snapshotRetentionDays")]
    public int? SnapshotRetentionDays { get; set; }

    /// <summary>Daily UTC window for the automatic snapshot.</summary>
    /// <remarks>
    /// Default: <c>03:00-04:00</c>. Allowed: hh24:mi-hh24:mi (UTC), at least 60 minutes, not overlapping maintenanceWindow. Replaces the replication group: no.
    /// </remarks>
    [Input("snapshotWindow")]
    public string? SnapshotWindow { get; set; }

    /// <summary>Weekly UTC maintenance window.</summary>
    /// <remarks>
    /// Default: <c>sun:05:00-sun:06:00</c>. Allowed: ddd:hh24:mi-ddd:hh24:mi (UTC, ddd one of mon..sun), at least 60 minutes, not overlapping the daily snapshotWindow. Replaces the replication group: no.
    /// </remarks>
    [Input("maintenanceWindow")]
    public string? MaintenanceWindow { get; set; }

    /// <summary>Engine parameters for the stack's custom parameter group, e.g. {maxmemory-policy: allkeys-lru}.</summary>
    /// <remarks>
    /// Default: none (not set). Allowed: a map of parameter name (lowercase letters, digits, hyphens) to a scalar value; cluster-enabled cannot be yes. Replaces the replication group: no.
    /// </remarks>
    [Input("parameters")]
    public Dictionary<string, string>? Parameters { get; set; }

    /// <summary>Deliver the slow log to a CloudWatch Logs group (kept 14 days). Turning it on or off on a deployed group needs applyImmediately true for that up.</summary>
    /// <remarks>
    /// Default: <c>false</c>. Allowed: true or false. Replaces the replication group: no.
    /// </remarks>
    [Input("slowLog")]
    public bool? SlowLog { get; set; }

    /// <summary>Apply modifications now instead of in the next maintenance window (replica counts and AUTH token changes are always immediate).</summary>
    /// <remarks>
    /// Default: <c>false</c>. Allowed: true or false. Replaces the replication group: no.
    /// </remarks>
    [Input("applyImmediately")]
    public bool? ApplyImmediately { get; set; }

    /// <summary>Take a final snapshot &lt;replicationGroupId&gt;-final-&lt;creation time&gt; when the replication group is deleted; fixed when the group is created.</summary>
    /// <remarks>
    /// Default: <c>false</c>. Allowed: true or false. Replaces the replication group: no.
    /// </remarks>
    [Input("finalSnapshot")]
    public bool? FinalSnapshot { get; set; }

    /// <summary>Protect the stateful resources (replication group) from deletion by Pulumi.</summary>
    /// <remarks>
    /// Default: <c>false</c>. Allowed: true or false. Replaces the replication group: no.
    /// </remarks>
    [Input("protect")]
    public bool? Protect { get; set; }

    /// <summary>How clients authenticate: token (one shared AUTH token), rbac (one ElastiCache user per application, in a user group) or none.</summary>
    /// <remarks>
    /// Default: <c>token</c>. Allowed: token, rbac (both need transitEncryption) or none. Replaces the replication group: no (→ none is refused in place).
    /// </remarks>
    [Input("authMode")]
    public string? AuthMode { get; set; }

    /// <summary>Deprecated alias of authMode: false means authMode none, true means token; remove it and set authMode instead.</summary>
    /// <remarks>
    /// Default: none (not set). Allowed: not set (preferred), or true or false, agreeing with authMode. Replaces the replication group: no (→ none is refused in place).
    /// </remarks>
    [Input("authEnabled")]
    public bool? AuthEnabled { get; set; }

    /// <summary>AUTH token clients send (authMode token); set it per stack with `pulumi config set --secret authToken` (it prompts; the stack file keeps only ciphertext).</summary>
    /// <remarks>
    /// Default: none (not set). Allowed: 16 to 128 characters, only letters, digits and ! &amp; # $ ^ &lt; &gt; -; required when authMode is token, not set otherwise. Replaces the replication group: no. An input: it may come from another resource; its content is checked when it resolves, before anything that uses it is declared. Secret: pass it as a secret; it never appears in logs, errors or plain outputs.
    /// </remarks>
    [Input("authToken")]
    public Input<string>? AuthToken { get; set; }

    /// <summary>What a changed authToken does: rotate keeps the old token valid next to the new one; set makes only the new one valid.</summary>
    /// <remarks>
    /// Default: <c>rotate</c>. Allowed: rotate or set (set when adding a token to a group that had none, and to retire the old token). Replaces the replication group: no.
    /// </remarks>
    [Input("authTokenUpdateStrategy")]
    public string? AuthTokenUpdateStrategy { get; set; }

    /// <summary>ElastiCache users of authMode rbac: user name -&gt; {access: &lt;access string&gt;, auth: password | iam}; the user named default is managed by the stack (off -@all) unless listed.</summary>
    /// <remarks>
    /// Default: none (not set). Allowed: a map of at most 99 user names (1 to 40 lowercase letters, digits and single hyphens, starting with a letter) to {access, auth}; the access string starts with on or off; only with authMode rbac. Replaces the replication group: no.
    /// </remarks>
    [Input("users")]
    public Dictionary<string, CacheUserArgs>? Users { get; set; }

    /// <summary>Passwords of the auth: password users: user name -&gt; password, or a list of two during rotation; set with `pulumi config set --secret --path 'userPasswords.&lt;name&gt;'`.</summary>
    /// <remarks>
    /// Default: none (not set). Allowed: a map of user name to one password or a list of two, each 16 to 128 characters, only letters, digits and ! &amp; # $ ^ &lt; &gt; -. Replaces the replication group: no. A value is one password, or during a rotation a JSON array of two, new first (<c>["new","old"]</c>); passwords contain no brackets, so the two forms never mix. An input: it may come from another resource; its content is checked when it resolves, before anything that uses it is declared. Secret: pass it as a secret; it never appears in logs, errors or plain outputs.
    /// </remarks>
    [Input("userPasswords")]
    public InputMap<string>? UserPasswords { get; set; }

    /// <summary>Create the SSM-managed client instance (and its VPC endpoints) inside the VPC.</summary>
    /// <remarks>
    /// Default: <c>true</c>. Allowed: true or false. Replaces the replication group: no.
    /// </remarks>
    [Input("clientEnabled")]
    public bool? ClientEnabled { get; set; }

    /// <summary>EC2 instance type of the client; its family decides the architecture (Graviton families are arm64).</summary>
    /// <remarks>
    /// Default: <c>t4g.nano</c>. Allowed: &lt;family&gt;&lt;generation&gt;&lt;attributes&gt;.&lt;size&gt;, e.g. t4g.nano, t3.micro, m7g.large. Replaces the replication group: no.
    /// </remarks>
    [Input("clientInstanceType")]
    public string? ClientInstanceType { get; set; }

    /// <summary>Run the smoke test from `pulumi up` once the cache is ready (through the client instance, so it needs clientEnabled).</summary>
    /// <remarks>
    /// Default: <c>false</c>. Allowed: true or false. Replaces the replication group: no. Works only when the program runs from a checkout of this repository (it runs <c>smoke/Smoke</c> there); elsewhere the component refuses it and says how to run the smoke test instead.
    /// </remarks>
    [Input("verifyOnUp")]
    public bool? VerifyOnUp { get; set; }

    /// <summary>Tags merged into every resource's tags after the defaults Project, Stack and ManagedBy=pulumi.</summary>
    /// <remarks>
    /// Default: none (not set). Allowed: a map of tag key (1 to 128 characters, not starting with aws:, not a default tag) to value (0 to 256 characters); at most 47 keys. Replaces the replication group: no.
    /// </remarks>
    [Input("tags")]
    public Dictionary<string, string>? Tags { get; set; }

    /// <summary>ElastiCache snapshot in this account and region to create the replication group from (creation only).</summary>
    /// <remarks>
    /// Default: empty (not set). Allowed: empty, or a snapshot name of letters, digits, hyphens and dots (at most 255), e.g. automatic.my-group-2026-01-31-03-00; not together with snapshotArns. Replaces the replication group: yes.
    /// </remarks>
    [Input("snapshotName")]
    public string? SnapshotName { get; set; }

    /// <summary>RDB files in S3 to create the replication group from (creation only).</summary>
    /// <remarks>
    /// Default: <c>[]</c>. Allowed: empty, or up to 10 ARNs arn:&lt;partition&gt;:s3:::&lt;bucket&gt;/&lt;key&gt; (no commas); not together with snapshotName. Replaces the replication group: yes.
    /// </remarks>
    [Input("snapshotArns")]
    public List<string>? SnapshotArns { get; set; }

    /// <summary>CloudWatch alarms per node following AWS's recommended set (README: Monitoring and alarms).</summary>
    /// <remarks>
    /// Default: <c>true</c>. Allowed: true or false. Replaces the replication group: no.
    /// </remarks>
    [Input("alarms")]
    public bool? Alarms { get; set; }

    /// <summary>Overrides of alarm thresholds, metric name to number, e.g. {CurrConnections: 50000}.</summary>
    /// <remarks>
    /// Default: none (not set). Allowed: a map of EngineCPUUtilization, CPUUtilization, DatabaseMemoryUsagePercentage, CurrConnections, ReplicationLag, Evictions, SwapUsage, AuthenticationFailures to a number in the metric's range (README: Monitoring and alarms). Replaces the replication group: no.
    /// </remarks>
    [Input("alarmThresholds")]
    public Dictionary<string, double>? AlarmThresholds { get; set; }

    /// <summary>Existing SNS topic for alarms and ElastiCache events; empty creates one topic for the stack.</summary>
    /// <remarks>
    /// Default: empty (not set). Allowed: empty, or arn:&lt;partition&gt;:sns:&lt;region&gt;:&lt;12-digit account&gt;:&lt;topic name&gt; of a standard (not FIFO), unencrypted topic in the stack's account and region. Replaces the replication group: no. An input: it may come from another resource; its content is checked when it resolves, before anything that uses it is declared.
    /// </remarks>
    [Input("alarmTopicArn")]
    public Input<string>? AlarmTopicArn { get; set; }

    /// <summary>Email addresses subscribed to the stack's topic (each confirms by mail).</summary>
    /// <remarks>
    /// Default: <c>[]</c>. Allowed: empty, or up to 10 email addresses like ops@example.com; not together with alarmTopicArn. Replaces the replication group: no.
    /// </remarks>
    [Input("alarmEmails")]
    public List<string>? AlarmEmails { get; set; }

    /// <summary>Deliver the engine log to its own CloudWatch Logs group (JSON, kept 14 days); later changes need applyImmediately.</summary>
    /// <remarks>
    /// Default: <c>false</c>. Allowed: true or false. Replaces the replication group: no.
    /// </remarks>
    [Input("engineLog")]
    public bool? EngineLog { get; set; }

    /// <summary>A CloudWatch dashboard with the alarm metrics per node, hits/misses, network bytes and the alarm states.</summary>
    /// <remarks>
    /// Default: <c>true</c>. Allowed: true or false. Replaces the replication group: no.
    /// </remarks>
    [Input("dashboard")]
    public bool? Dashboard { get; set; }
}
