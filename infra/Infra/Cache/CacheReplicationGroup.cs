using System.Collections.Immutable;
using Pulumi;
using Aws = Pulumi.Aws;

namespace Infra;

/// <summary>
/// The ElastiCache replication group (cluster mode disabled: one primary, read replicas) with its
/// own subnet group, its parameter group and, when enabled, slow-log delivery to CloudWatch Logs.
/// </summary>
internal sealed class CacheReplicationGroup : ComponentResource
{
    public const string TypeToken = "elasticache-redis:cache:ReplicationGroup";

    /// <summary>When the token changes, ROTATE keeps the old token valid next to the new one so running clients reconnect without an outage.</summary>
    public const string AuthTokenUpdateStrategy = "ROTATE";

    public Output<string> PrimaryEndpoint { get; }

    public Output<string> ReaderEndpoint { get; }

    public Output<string> ReplicationGroupId { get; }

    public Output<string> SecurityGroupId { get; }

    public CacheReplicationGroup(string name, CacheArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var cache = args.Settings;

        // Named after the VPC: a new VPC changes the name, which replaces the subnet group (and so
        // the replication group) instead of moving an in-use group into another VPC in place, which
        // AWS refuses. Same VPC, same name: adding zones updates the subnet list in place.
        var subnetGroupArgs = new Aws.ElastiCache.SubnetGroupArgs
        {
            Description = $"Cache subnets of {args.Names.Prefix}",
            SubnetIds = args.SubnetIds,
            Tags = ResourceTags.For(args.Tags, $"{name}-subnets"),
        };
        if (args.SubnetGroupName is not null)
        {
            subnetGroupArgs.Name = args.SubnetGroupName;
        }

        var subnetGroup = new Aws.ElastiCache.SubnetGroup(
            $"{name}-subnets", subnetGroupArgs, new CustomResourceOptions { Parent = this, Protect = cache.Protect });

        var parameters = new InputList<Aws.ElastiCache.Inputs.ParameterGroupParameterArgs>();
        foreach (var (parameterName, value) in cache.Parameters.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            parameters.Add(new Aws.ElastiCache.Inputs.ParameterGroupParameterArgs { Name = parameterName, Value = value });
        }

        // The name contains the family, so an engine major upgrade creates the new group first
        // (create-before-delete works); the description is constant because changing it replaces.
        var parameterGroup = new Aws.ElastiCache.ParameterGroup($"{name}-parameters", new Aws.ElastiCache.ParameterGroupArgs
        {
            Name = cache.ParameterGroupName,
            Family = cache.ParameterGroupFamily,
            Description = $"Parameters of {args.Names.Prefix}",
            Parameters = parameters,
            Tags = ResourceTags.For(args.Tags, $"{name}-parameters"),
        }, new CustomResourceOptions { Parent = this });

        var groupArgs = new Aws.ElastiCache.ReplicationGroupArgs
        {
            ReplicationGroupId = args.Names.ReplicationGroupId,
            Description = $"{cache.EngineName} primary with {cache.Replicas} read replica(s), cluster mode disabled ({args.Names.Prefix})",
            Engine = cache.EngineName,
            EngineVersion = cache.EngineVersion,
            NodeType = cache.NodeType,
            NumCacheClusters = cache.NumCacheClusters,
            PreferredCacheClusterAzs = args.ZoneNames.Apply(zones =>
                cache.PreferredZoneIndexes.Select(zoneIndex => AwsLookups.ZoneAt(zones, zoneIndex)).ToImmutableArray()),
            AutomaticFailoverEnabled = cache.AutomaticFailover,
            MultiAzEnabled = cache.MultiAz,
            Port = cache.Port,
            ParameterGroupName = parameterGroup.Name,
            SubnetGroupName = subnetGroup.Name,
            SecurityGroupIds = { args.SecurityGroupId },
            TransitEncryptionEnabled = cache.TransitEncryption,
            AtRestEncryptionEnabled = cache.AtRestEncryption,
            SnapshotRetentionLimit = cache.SnapshotRetentionDays,
            AutoMinorVersionUpgrade = cache.AutoMinorVersionUpgrade,
            ApplyImmediately = cache.ApplyImmediately,
            Tags = ResourceTags.For(args.Tags, args.Names.ReplicationGroupId),
        };
        if (args.AuthToken is not null)
        {
            groupArgs.AuthToken = args.AuthToken;
            groupArgs.AuthTokenUpdateStrategy = AuthTokenUpdateStrategy;
        }

        if (cache.KmsKeyArn is not null)
        {
            groupArgs.KmsKeyId = cache.KmsKeyArn;
        }

        if (cache.SnapshotWindow is not null)
        {
            groupArgs.SnapshotWindow = cache.SnapshotWindow;
        }

        if (cache.MaintenanceWindow is not null)
        {
            groupArgs.MaintenanceWindow = cache.MaintenanceWindow;
        }

        if (cache.FinalSnapshotIdentifier is not null)
        {
            groupArgs.FinalSnapshotIdentifier = cache.FinalSnapshotIdentifier;
        }

        if (cache.SlowLog)
        {
            var slowLog = new Aws.CloudWatch.LogGroup($"{name}-slow-log", new Aws.CloudWatch.LogGroupArgs
            {
                Name = args.Names.SlowLogGroupName,
                RetentionInDays = cache.SlowLogRetentionDays,
                Tags = ResourceTags.For(args.Tags, args.Names.SlowLogGroupName),
            }, new CustomResourceOptions { Parent = this });
            groupArgs.LogDeliveryConfigurations.Add(new Aws.ElastiCache.Inputs.ReplicationGroupLogDeliveryConfigurationArgs
            {
                Destination = slowLog.Name,
                DestinationType = "cloudwatch-logs",
                LogFormat = "json",
                LogType = "slow-log",
            });
        }

        // The id is fixed (settings.Names.ReplicationGroupId), so a replacement must delete the old
        // group first; Protect makes Pulumi refuse that (and any delete) while it is set.
        var group = new Aws.ElastiCache.ReplicationGroup($"{name}-group", groupArgs, new CustomResourceOptions
        {
            Parent = this,
            Protect = cache.Protect,
            DeleteBeforeReplace = true,
        });

        PrimaryEndpoint = group.PrimaryEndpointAddress;
        ReaderEndpoint = group.ReaderEndpointAddress;
        ReplicationGroupId = group.ReplicationGroupId;
        SecurityGroupId = args.SecurityGroupId;

        RegisterOutputs(new Dictionary<string, object?>
        {
            ["primaryEndpoint"] = PrimaryEndpoint,
            ["readerEndpoint"] = ReaderEndpoint,
            ["port"] = cache.Port,
            ["replicationGroupId"] = ReplicationGroupId,
            ["securityGroupId"] = SecurityGroupId,
        });
    }
}
