using System.Collections.Immutable;
using Infra.Settings;
using Pulumi;
using Aws = Pulumi.Aws;

namespace ElastiCacheRedis;

/// <summary>
/// The ElastiCache replication group (cluster mode disabled: one primary, read replicas) with its
/// own subnet group, its parameter group and, when enabled, slow-log delivery to CloudWatch Logs.
/// </summary>
internal sealed class CacheReplicationGroup : ComponentResource
{
    public const string TypeToken = "elasticache-redis:cache:ReplicationGroup";

    public Output<string> PrimaryEndpoint { get; }

    public Output<string> ReaderEndpoint { get; }

    public Output<string> ReplicationGroupId { get; }

    public Output<string> SecurityGroupId { get; }

    /// <summary>The group's cache cluster ids as AWS reports them (DescribeReplicationGroups MemberClusters), unordered.</summary>
    public Output<ImmutableArray<string>> MemberClusters { get; }

    public CacheReplicationGroup(string name, CacheReplicationGroupArgs args, ComponentResourceOptions? options = null)
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

        // The name contains the family, so an engine major upgrade creates the new group first and
        // deletes the old one last. With applyImmediately false the old one stays attached until the
        // maintenance window and that delete fails; the README's upgrade steps use applyImmediately
        // true for the upgrade run. (RetainOnDelete would avoid the failure but leave the group
        // behind on every destroy, and its fixed name would then block the next creation.)
        // The description is constant because changing it replaces.
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
            // Sent for every node type, false included. r6gd nodes need true (CreateReplicationGroup);
            // data_tiering_enabled is Optional+Computed+ForceNew in the provider (replication_group.go,
            // resourceReplicationGroup), so leaving it out when leaving r6gd would keep the old true in
            // state and plan an in-place node-type change that AWS refuses (a data-tiering group cannot
            // scale to a non-tiering type); an explicit false makes that change a replacement. Create
            // sends it only when true (GetOk), and Read sets false for other groups: no diff for them.
            DataTieringEnabled = cache.DataTiering,
            Tags = ResourceTags.For(args.Tags, args.Names.ReplicationGroupId),
        };

        if (cache.TransitEncryptionMode is not null)
        {
            groupArgs.TransitEncryptionMode = cache.TransitEncryptionMode;
        }

        if (args.AuthToken is not null)
        {
            groupArgs.AuthToken = args.AuthToken;
        }

        if (args.UserGroupId is not null)
        {
            groupArgs.UserGroupIds.Add(args.UserGroupId);
        }

        // ROTATE/SET with a token; DELETE with the user group (no token): the provider then sends
        // UserGroupIdsToAdd with AuthTokenUpdateStrategy DELETE, AWS's in-place AUTH -> RBAC migration.
        if (args.Access.AuthTokenUpdateStrategy is not null)
        {
            groupArgs.AuthTokenUpdateStrategy = args.Access.AuthTokenUpdateStrategy;
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

        var ignoreChanges = new List<string>();
        if (cache.FinalSnapshotPrefix is not null)
        {
            // Unique per creation of the group; ignoreChanges keeps the creation's name in state,
            // so a routine up shows no diff (FinalSnapshotNames explains why).
            groupArgs.FinalSnapshotIdentifier = FinalSnapshotNames.For(cache.FinalSnapshotPrefix, DateTimeOffset.UtcNow);
            ignoreChanges.Add("finalSnapshotIdentifier");
        }

        if (cache.SlowLog)
        {
            groupArgs.LogDeliveryConfigurations.Add(DeliverLog(
                $"{name}-slow-log", "slow-log", args.Names.SlowLogGroupName, cache.SlowLogRetentionDays, args.Tags));
        }

        if (args.NotificationTopicArn is not null)
        {
            groupArgs.NotificationTopicArn = args.NotificationTopicArn;
        }

        // Read only by CreateReplicationGroup; the provider replaces the group when either changes.
        if (args.Restore is { } restore)
        {
            if (restore.SnapshotName is not null)
            {
                groupArgs.SnapshotName = restore.SnapshotName;
            }

            foreach (var snapshotArn in restore.SnapshotArns)
            {
                groupArgs.SnapshotArns.Add(snapshotArn);
            }
        }

        // Same delivery rules as the slow log: a later change is a log-delivery modification, which
        // AWS accepts only with ApplyImmediately (README, slowLog).
        if (args.Monitoring is { EngineLog: true } monitoring)
        {
            groupArgs.LogDeliveryConfigurations.Add(DeliverLog(
                $"{name}-engine-log", "engine-log", monitoring.EngineLogGroupName, monitoring.EngineLogRetentionDays, args.Tags));
        }

        // The id is fixed (settings.Names.ReplicationGroupId), so a replacement must delete the old
        // group first; Protect makes Pulumi refuse that (and any delete) while it is set.
        var group = new Aws.ElastiCache.ReplicationGroup($"{name}-group", groupArgs, new CustomResourceOptions
        {
            Parent = this,
            Protect = cache.Protect,
            DeleteBeforeReplace = true,
            IgnoreChanges = ignoreChanges,
        });

        PrimaryEndpoint = group.PrimaryEndpointAddress;
        ReaderEndpoint = group.ReaderEndpointAddress;
        ReplicationGroupId = group.ReplicationGroupId;
        SecurityGroupId = args.SecurityGroupId;
        MemberClusters = group.MemberClusters;

        RegisterOutputs(new Dictionary<string, object?>
        {
            ["primaryEndpoint"] = PrimaryEndpoint,
            ["readerEndpoint"] = ReaderEndpoint,
            ["port"] = cache.Port,
            ["replicationGroupId"] = ReplicationGroupId,
            ["securityGroupId"] = SecurityGroupId,
        });
    }

    /// <summary>A log group with a retention and the JSON delivery of one ElastiCache log type into it.</summary>
    private Aws.ElastiCache.Inputs.ReplicationGroupLogDeliveryConfigurationArgs DeliverLog(
        string resourceName, string logType, string groupName, int retentionDays, IReadOnlyDictionary<string, string> tags)
    {
        var logGroup = new Aws.CloudWatch.LogGroup(resourceName, new Aws.CloudWatch.LogGroupArgs
        {
            Name = groupName,
            RetentionInDays = retentionDays,
            Tags = ResourceTags.For(tags, groupName),
        }, new CustomResourceOptions { Parent = this });
        return new Aws.ElastiCache.Inputs.ReplicationGroupLogDeliveryConfigurationArgs
        {
            Destination = logGroup.Name,
            DestinationType = "cloudwatch-logs",
            LogFormat = "json",
            LogType = logType,
        };
    }
}
