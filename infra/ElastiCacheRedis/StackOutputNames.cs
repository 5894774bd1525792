namespace ElastiCacheRedis;

/// <summary>
/// The stack output names, which are also the names of <see cref="Cache"/>'s outputs. The first
/// seven are DESIGN.md's contract, read by the smoke test and by people; they never change. The
/// rest are extras for operators.
/// </summary>
internal static class StackOutputNames
{
    public const string PrimaryEndpoint = "primaryEndpoint";
    public const string ReaderEndpoint = "readerEndpoint";
    public const string Port = "port";
    public const string TransitEncryption = "transitEncryption";
    public const string AuthToken = "authToken";
    public const string ReplicationGroupId = "replicationGroupId";
    public const string ClientInstanceId = "clientInstanceId";

    public const string VpcId = "vpcId";
    public const string Region = "region";
    public const string Engine = "engine";
    public const string EngineVersion = "engineVersion";

    // What application stacks build on (issue 10).
    public const string CacheSecurityGroupId = "cacheSecurityGroupId";
    public const string VpcCidrBlock = "vpcCidrBlock";
    public const string CacheSubnetIds = "cacheSubnetIds";
    public const string PrivateRouteTableId = "privateRouteTableId";
    public const string PrimaryEndpointUrl = "primaryEndpointUrl";
    public const string ReaderEndpointUrl = "readerEndpointUrl";
    public const string ConnectionString = "connectionString";
    public const string ReaderConnectionString = "readerConnectionString";
    public const string Replicas = "replicas";
    public const string PrimaryDnsName = "primaryDnsName";
    public const string ReaderDnsName = "readerDnsName";

    /// <summary>The post-deploy check's JSON report (stdout of the smoke test), when verifyOnUp is on.</summary>
    public const string Verification = "verification";

    /// <summary>token, rbac or none; in every mode.</summary>
    public const string AuthMode = "authMode";

    /// <summary>authMode rbac: user name → {access, auth} (plain), the default user included.</summary>
    public const string Users = "users";

    /// <summary>authMode rbac: user name → current (first) password, password users only (secret).</summary>
    public const string UserPasswords = "userPasswords";

    /// <summary>authMode rbac: user name → StackExchange.Redis configuration string for the primary endpoint (secret).</summary>
    public const string ConnectionStrings = "connectionStrings";

    /// <summary>The SNS topic of alarms and ElastiCache events (created or given as alarmTopicArn).</summary>
    public const string AlarmTopicArn = "alarmTopicArn";

    /// <summary>Console address of the stack's dashboard, when dashboard is on.</summary>
    public const string DashboardUrl = "dashboardUrl";

    /// <summary>Monthly USD at the settings library's us-east-1 list prices.</summary>
    public const string EstimatedMonthlyCostUsd = "estimatedMonthlyCostUsd";

    /// <summary>Line item → monthly USD of that estimate.</summary>
    public const string CostBreakdown = "costBreakdown";
}
