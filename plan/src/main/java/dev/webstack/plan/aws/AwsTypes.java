package dev.webstack.plan.aws;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Pulumi type token of every AWS resource type webstack names, each written once: the
 * mocks, guardrails, cost estimate, plan summaries, diagram and deploy grants all refer to
 * these. A constant is named after its token (module, then type: {@code EC2_VPC} for
 * {@code aws:ec2/vpc:Vpc}); a test in the offline module checks each against the AWS
 * provider's own classes. Constants rather than an enum, so they serve as switch labels.
 */
public final class AwsTypes {

    /**
     * Every constant by its name, in declaration order: what {@code MockCatalogTest} (offline)
     * holds against the AWS provider's {@code @ResourceType} annotations and what other tests
     * check their lists against.
     */
    public static Map<String, String> byName() {
        var constants = new LinkedHashMap<String, String>();
        for (Field field : AwsTypes.class.getDeclaredFields()) {
            var modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == String.class) {
                try {
                    constants.put(field.getName(), (String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Collections.unmodifiableMap(constants);
    }

    // Types the program creates, by AWS service.

    public static final String ACM_CERTIFICATE = "aws:acm/certificate:Certificate";
    public static final String ACM_CERTIFICATE_VALIDATION = "aws:acm/certificateValidation:CertificateValidation";

    public static final String APPAUTOSCALING_POLICY = "aws:appautoscaling/policy:Policy";
    public static final String APPAUTOSCALING_SCHEDULED_ACTION = "aws:appautoscaling/scheduledAction:ScheduledAction";
    public static final String APPAUTOSCALING_TARGET = "aws:appautoscaling/target:Target";

    public static final String BUDGETS_BUDGET = "aws:budgets/budget:Budget";

    public static final String CLOUDFRONT_DISTRIBUTION = "aws:cloudfront/distribution:Distribution";
    public static final String CLOUDFRONT_RESPONSE_HEADERS_POLICY = "aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy";

    public static final String CLOUDTRAIL_TRAIL = "aws:cloudtrail/trail:Trail";

    public static final String CLOUDWATCH_DASHBOARD = "aws:cloudwatch/dashboard:Dashboard";
    public static final String CLOUDWATCH_EVENT_RULE = "aws:cloudwatch/eventRule:EventRule";
    public static final String CLOUDWATCH_EVENT_TARGET = "aws:cloudwatch/eventTarget:EventTarget";
    public static final String CLOUDWATCH_LOG_DELIVERY = "aws:cloudwatch/logDelivery:LogDelivery";
    public static final String CLOUDWATCH_LOG_DELIVERY_DESTINATION = "aws:cloudwatch/logDeliveryDestination:LogDeliveryDestination";
    public static final String CLOUDWATCH_LOG_DELIVERY_SOURCE = "aws:cloudwatch/logDeliverySource:LogDeliverySource";
    public static final String CLOUDWATCH_LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
    public static final String CLOUDWATCH_METRIC_ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";

    public static final String EC2_DEFAULT_SECURITY_GROUP = "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup";
    public static final String EC2_FLOW_LOG = "aws:ec2/flowLog:FlowLog";
    public static final String EC2_INTERNET_GATEWAY = "aws:ec2/internetGateway:InternetGateway";
    public static final String EC2_ROUTE = "aws:ec2/route:Route";
    public static final String EC2_ROUTE_TABLE = "aws:ec2/routeTable:RouteTable";
    public static final String EC2_ROUTE_TABLE_ASSOCIATION = "aws:ec2/routeTableAssociation:RouteTableAssociation";
    public static final String EC2_SECURITY_GROUP = "aws:ec2/securityGroup:SecurityGroup";
    public static final String EC2_SUBNET = "aws:ec2/subnet:Subnet";
    public static final String EC2_VPC = "aws:ec2/vpc:Vpc";
    public static final String EC2_VPC_ENDPOINT = "aws:ec2/vpcEndpoint:VpcEndpoint";

    public static final String ECR_LIFECYCLE_POLICY = "aws:ecr/lifecyclePolicy:LifecyclePolicy";
    public static final String ECR_REPOSITORY = "aws:ecr/repository:Repository";

    public static final String ECS_CLUSTER = "aws:ecs/cluster:Cluster";
    public static final String ECS_CLUSTER_CAPACITY_PROVIDERS = "aws:ecs/clusterCapacityProviders:ClusterCapacityProviders";
    public static final String ECS_SERVICE = "aws:ecs/service:Service";
    public static final String ECS_TASK_DEFINITION = "aws:ecs/taskDefinition:TaskDefinition";

    public static final String IAM_ACCESS_KEY = "aws:iam/accessKey:AccessKey";
    public static final String IAM_OPEN_ID_CONNECT_PROVIDER = "aws:iam/openIdConnectProvider:OpenIdConnectProvider";
    public static final String IAM_POLICY = "aws:iam/policy:Policy";
    public static final String IAM_ROLE = "aws:iam/role:Role";
    public static final String IAM_ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
    public static final String IAM_ROLE_POLICY_ATTACHMENT = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
    public static final String IAM_USER = "aws:iam/user:User";
    public static final String IAM_USER_POLICY = "aws:iam/userPolicy:UserPolicy";

    public static final String KMS_ALIAS = "aws:kms/alias:Alias";
    public static final String KMS_KEY = "aws:kms/key:Key";

    public static final String LAMBDA_FUNCTION = "aws:lambda/function:Function";
    public static final String LAMBDA_PERMISSION = "aws:lambda/permission:Permission";
    public static final String LAMBDA_FUNCTION_EVENT_INVOKE_CONFIG = "aws:lambda/functionEventInvokeConfig:FunctionEventInvokeConfig";

    public static final String LB_LISTENER = "aws:lb/listener:Listener";
    public static final String LB_LISTENER_RULE = "aws:lb/listenerRule:ListenerRule";
    public static final String LB_LOAD_BALANCER = "aws:lb/loadBalancer:LoadBalancer";
    public static final String LB_TARGET_GROUP = "aws:lb/targetGroup:TargetGroup";

    public static final String RDS_INSTANCE = "aws:rds/instance:Instance";
    public static final String RDS_PARAMETER_GROUP = "aws:rds/parameterGroup:ParameterGroup";
    public static final String RDS_SUBNET_GROUP = "aws:rds/subnetGroup:SubnetGroup";

    public static final String ROUTE53_RECORD = "aws:route53/record:Record";

    public static final String S3_BUCKET_CORS_CONFIGURATION_V2 = "aws:s3/bucketCorsConfigurationV2:BucketCorsConfigurationV2";
    public static final String S3_BUCKET_LIFECYCLE_CONFIGURATION_V2 = "aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2";
    public static final String S3_BUCKET_OWNERSHIP_CONTROLS = "aws:s3/bucketOwnershipControls:BucketOwnershipControls";
    public static final String S3_BUCKET_POLICY = "aws:s3/bucketPolicy:BucketPolicy";
    public static final String S3_BUCKET_PUBLIC_ACCESS_BLOCK = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
    public static final String S3_BUCKET_SERVER_SIDE_ENCRYPTION_CONFIGURATION_V2 = "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2";
    public static final String S3_BUCKET_V2 = "aws:s3/bucketV2:BucketV2";
    public static final String S3_BUCKET_VERSIONING_V2 = "aws:s3/bucketVersioningV2:BucketVersioningV2";

    public static final String SCHEDULER_SCHEDULE = "aws:scheduler/schedule:Schedule";
    public static final String SCHEDULER_SCHEDULE_GROUP = "aws:scheduler/scheduleGroup:ScheduleGroup";

    public static final String SECRETSMANAGER_SECRET = "aws:secretsmanager/secret:Secret";

    public static final String SNS_TOPIC = "aws:sns/topic:Topic";
    public static final String SNS_TOPIC_POLICY = "aws:sns/topicPolicy:TopicPolicy";
    public static final String SNS_TOPIC_SUBSCRIPTION = "aws:sns/topicSubscription:TopicSubscription";

    public static final String SQS_QUEUE = "aws:sqs/queue:Queue";

    public static final String SSM_PARAMETER = "aws:ssm/parameter:Parameter";

    public static final String VPC_SECURITY_GROUP_EGRESS_RULE = "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule";
    public static final String VPC_SECURITY_GROUP_INGRESS_RULE = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";

    public static final String WAFV2_WEB_ACL = "aws:wafv2/webAcl:WebAcl";
    public static final String WAFV2_WEB_ACL_ASSOCIATION = "aws:wafv2/webAclAssociation:WebAclAssociation";
    public static final String WAFV2_WEB_ACL_LOGGING_CONFIGURATION = "aws:wafv2/webAclLoggingConfiguration:WebAclLoggingConfiguration";

    // Added with the site and error-log alarms.

    public static final String CLOUDWATCH_LOG_METRIC_FILTER = "aws:cloudwatch/logMetricFilter:LogMetricFilter";
    public static final String ROUTE53_HEALTH_CHECK = "aws:route53/healthCheck:HealthCheck";

    // Added with the VPC origin (ADR 0014): CloudFront reaches the internal load balancer through it.

    public static final String CLOUDFRONT_VPC_ORIGIN = "aws:cloudfront/vpcOrigin:VpcOrigin";

    // Types the program never creates, named because the guardrails look for them (a secret
    // value or rotation set in the program, a security group rule of the older kind).

    public static final String EC2_SECURITY_GROUP_RULE = "aws:ec2/securityGroupRule:SecurityGroupRule";
    public static final String SECRETSMANAGER_SECRET_ROTATION = "aws:secretsmanager/secretRotation:SecretRotation";
    public static final String SECRETSMANAGER_SECRET_VERSION = "aws:secretsmanager/secretVersion:SecretVersion";

    // The Pulumi engine's own types, which a plan records beside the cloud resources.

    public static final String PULUMI_AWS_PROVIDER = "pulumi:providers:aws";
    public static final String PULUMI_STACK = "pulumi:pulumi:Stack";
    public static final String PULUMI_STACK_REFERENCE = "pulumi:pulumi:StackReference";

    private AwsTypes() {
    }
}
