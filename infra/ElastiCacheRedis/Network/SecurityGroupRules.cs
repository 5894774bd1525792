using Infra.Settings;
using Pulumi;
using Aws = Pulumi.Aws;

namespace ElastiCacheRedis;

/// <summary>The rule resources of the stack's security groups, children of the <see cref="Network"/> component.</summary>
internal sealed class SecurityGroupRules(Network parent, string name, IReadOnlyDictionary<string, string> tags)
{
    public const int HttpsPort = 443;

    // One ingress rule on the target's group and one egress rule on the source's group per flow,
    // each referring to the other group (never a CIDR). Separate rule resources let the cache's
    // group refer to the client's and the client's to the cache's without a dependency cycle.
    // Flows of groups that do not exist (no client, no endpoints) are skipped.
    public void Flows(SecurityBaseline security, IReadOnlyDictionary<SecurityGroupRole, Aws.Ec2.SecurityGroup> groups)
    {
        foreach (var flow in security.Flows)
        {
            if (!groups.TryGetValue(flow.Source, out var source) || !groups.TryGetValue(flow.Target, out var target))
            {
                continue;
            }

            var flowName = $"{name}-{SecurityGroupNames.Slug(flow.Source)}-to-{SecurityGroupNames.Slug(flow.Target)}-{flow.Port}";
            Ingress($"{flowName}-in", target, flow.Port, flow.Description, Peer.Group(source.Id));
            Egress($"{flowName}-out", source, flow.Port, flow.Description, Peer.Group(target.Id));
        }
    }

    /// <summary>One cache-port ingress rule per admitted application group or private network, named after its position.</summary>
    public void ExternalIngress(SecurityBaseline security, Aws.Ec2.SecurityGroup cache)
    {
        var index = 0;
        foreach (var ingress in security.ExternalIngress)
        {
            var (slug, peer) = ingress.Kind == ExternalSourceKind.SecurityGroup
                ? ("app-sg", Peer.Group(ingress.Source))
                : ("app-cidr", Peer.Block(ingress.Source));
            Ingress($"{name}-{slug}-{index}-to-cache-{ingress.Port}-in", cache, ingress.Port, ingress.Description, peer);
            index++;
        }
    }

    /// <summary>
    /// The client's HTTPS egress that does not go to another group of the stack: to S3's prefix list
    /// through the created VPC's gateway endpoint (package repositories, SSM Agent buckets), or, in
    /// an existing VPC without the stack's endpoints, anywhere (the VPC's own endpoints or NAT).
    /// </summary>
    public void ClientEgressOutOfTheStack(SecurityBaseline security, Aws.Ec2.SecurityGroup client, Output<string>? s3PrefixListId)
    {
        if (s3PrefixListId is not null)
        {
            _ = new Aws.Vpc.SecurityGroupEgressRule($"{name}-client-to-s3-443-out", new Aws.Vpc.SecurityGroupEgressRuleArgs
            {
                SecurityGroupId = client.Id,
                PrefixListId = s3PrefixListId,
                IpProtocol = "tcp",
                FromPort = HttpsPort,
                ToPort = HttpsPort,
                Description = "HTTPS to Amazon S3 through the gateway endpoint (Amazon Linux repositories)",
                Tags = ResourceTags.For(tags, $"{name}-client-to-s3-443-out"),
            }, new CustomResourceOptions { Parent = parent });
        }

        if (security.ClientHttpsToAnyDestination)
        {
            Egress(
                $"{name}-client-to-any-443-out", client, HttpsPort,
                "HTTPS to SSM and package repositories through the VPC's own endpoints or NAT gateway", Peer.Block("0.0.0.0/0"));
        }
    }

    // Exactly one of the peer's group and CIDR is set; the other input stays null, so it is not sent.
    private void Ingress(string ruleName, Aws.Ec2.SecurityGroup group, int port, string description, Peer peer) =>
        _ = new Aws.Vpc.SecurityGroupIngressRule(ruleName, new Aws.Vpc.SecurityGroupIngressRuleArgs
        {
            SecurityGroupId = group.Id, ReferencedSecurityGroupId = peer.GroupId, CidrIpv4 = peer.Cidr,
            IpProtocol = "tcp", FromPort = port, ToPort = port, Description = description, Tags = ResourceTags.For(tags, ruleName),
        }, new CustomResourceOptions { Parent = parent });

    private void Egress(string ruleName, Aws.Ec2.SecurityGroup group, int port, string description, Peer peer) =>
        _ = new Aws.Vpc.SecurityGroupEgressRule(ruleName, new Aws.Vpc.SecurityGroupEgressRuleArgs
        {
            SecurityGroupId = group.Id, ReferencedSecurityGroupId = peer.GroupId, CidrIpv4 = peer.Cidr,
            IpProtocol = "tcp", FromPort = port, ToPort = port, Description = description, Tags = ResourceTags.For(tags, ruleName),
        }, new CustomResourceOptions { Parent = parent });

    /// <summary>The other side of a rule: a security group or an IPv4 block.</summary>
    private sealed record Peer(Input<string>? GroupId, Input<string>? Cidr)
    {
        public static Peer Group(Input<string> id) => new(id, null);

        public static Peer Block(string cidr) => new(null, cidr);
    }
}
