using Pulumi;
using Aws = Pulumi.Aws;

namespace ElastiCacheRedis;

/// <summary>
/// The in-VPC client: an Amazon Linux 2023 instance managed through SSM Session Manager (no SSH, no
/// public IP), whose role carries only the AmazonSSMManagedInstanceCore managed policy.
/// </summary>
internal sealed class ClientCompute : ComponentResource
{
    public const string TypeToken = "elasticache-redis:client:ClientCompute";

    public const string SsmManagedPolicyName = "AmazonSSMManagedInstanceCore";

    private const string Ec2TrustPolicy = """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}
        """;

    public Output<string> InstanceId { get; }

    public Output<string> SecurityGroupId { get; }

    public ClientCompute(string name, ClientComputeArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var role = new Aws.Iam.Role($"{name}-role", new Aws.Iam.RoleArgs
        {
            Description = "Client instance of the ElastiCache stack: SSM Session Manager only",
            AssumeRolePolicy = Ec2TrustPolicy,
            Tags = ResourceTags.For(args.Tags, $"{name}-role"),
        }, new CustomResourceOptions { Parent = this });

        var ssmCore = new Aws.Iam.RolePolicyAttachment($"{name}-ssm-core", new Aws.Iam.RolePolicyAttachmentArgs
        {
            Role = role.Name,
            PolicyArn = args.Partition.Apply(partition => $"arn:{partition}:iam::aws:policy/{SsmManagedPolicyName}"),
        }, new CustomResourceOptions { Parent = this });

        var profile = new Aws.Iam.InstanceProfile($"{name}-profile", new Aws.Iam.InstanceProfileArgs
        {
            Role = role.Name,
            Tags = ResourceTags.For(args.Tags, $"{name}-profile"),
        }, new CustomResourceOptions { Parent = this });

        // The latest Amazon Linux 2023 AMI for the instance type's architecture, from AWS's public
        // SSM parameter. An AMI id is not a secret; the provider marks every parameter value as one.
        var amiId = Output.Unsecret(Aws.Ssm.GetParameter.Invoke(new Aws.Ssm.GetParameterInvokeArgs
        {
            Name = args.Settings.AmiParameterName,
        }).Apply(parameter => parameter.Value));

        var instance = new Aws.Ec2.Instance($"{name}-instance", new Aws.Ec2.InstanceArgs
        {
            Ami = amiId,
            InstanceType = args.Settings.InstanceType,
            SubnetId = args.SubnetId,
            VpcSecurityGroupIds = { args.SecurityGroupId },
            IamInstanceProfile = profile.Name,
            AssociatePublicIpAddress = false,
            MetadataOptions = new Aws.Ec2.Inputs.InstanceMetadataOptionsArgs
            {
                HttpEndpoint = "enabled",
                HttpTokens = "required",
                HttpPutResponseHopLimit = 1,
            },
            RootBlockDevice = new Aws.Ec2.Inputs.InstanceRootBlockDeviceArgs
            {
                VolumeType = "gp3",
                VolumeSize = args.Settings.RootVolumeSizeGiB,
                Encrypted = true,
                DeleteOnTermination = true,
            },
            UserData = ClientUserData.Script,
            // User data runs at first boot only; a changed script needs a new instance to take effect.
            UserDataReplaceOnChange = true,
            Tags = ResourceTags.For(args.Tags, $"{name}-instance"),
        }, new CustomResourceOptions
        {
            Parent = this,
            DependsOn = { ssmCore, args.Network },
            // The parameter names the newest AMI, which changes every few weeks; following it would
            // replace the client on a routine `pulumi up`. Patch it in place (dnf upgrade in an SSM
            // session) or replace it on purpose: pulumi up --replace <the instance's URN>.
            IgnoreChanges = { "ami" },
        });

        InstanceId = instance.Id;
        SecurityGroupId = args.SecurityGroupId;

        RegisterOutputs(new Dictionary<string, object?>
        {
            ["instanceId"] = InstanceId,
            ["securityGroupId"] = SecurityGroupId,
        });
    }
}
