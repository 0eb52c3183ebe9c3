package dev.webstack.guardrails.rules;

/** The AWS provider's type tokens the rules read. */
final class Types {

    static final String RDS_INSTANCE = "aws:rds/instance:Instance";
    static final String RDS_PARAMETER_GROUP = "aws:rds/parameterGroup:ParameterGroup";
    static final String RDS_SUBNET_GROUP = "aws:rds/subnetGroup:SubnetGroup";

    static final String VPC = "aws:ec2/vpc:Vpc";
    static final String SUBNET = "aws:ec2/subnet:Subnet";
    static final String ROUTE_TABLE_ASSOCIATION = "aws:ec2/routeTableAssociation:RouteTableAssociation";
    static final String ROUTE = "aws:ec2/route:Route";
    static final String INTERNET_GATEWAY = "aws:ec2/internetGateway:InternetGateway";
    static final String FLOW_LOG = "aws:ec2/flowLog:FlowLog";
    static final String SECURITY_GROUP = "aws:ec2/securityGroup:SecurityGroup";
    static final String DEFAULT_SECURITY_GROUP = "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup";
    static final String SECURITY_GROUP_RULE = "aws:ec2/securityGroupRule:SecurityGroupRule";
    static final String INGRESS_RULE = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
    static final String EGRESS_RULE = "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule";

    static final String LOAD_BALANCER = "aws:lb/loadBalancer:LoadBalancer";
    static final String LISTENER = "aws:lb/listener:Listener";
    static final String LISTENER_RULE = "aws:lb/listenerRule:ListenerRule";
    static final String WAF_ASSOCIATION = "aws:wafv2/webAclAssociation:WebAclAssociation";
    static final String DISTRIBUTION = "aws:cloudfront/distribution:Distribution";
    static final String RESPONSE_HEADERS_POLICY = "aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy";
    static final String LOG_DELIVERY_SOURCE = "aws:cloudwatch/logDeliverySource:LogDeliverySource";
    static final String LOG_DELIVERY = "aws:cloudwatch/logDelivery:LogDelivery";

    static final String BUCKET = "aws:s3/bucketV2:BucketV2";
    static final String PUBLIC_ACCESS_BLOCK = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
    static final String BUCKET_ENCRYPTION = "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2";
    static final String BUCKET_POLICY = "aws:s3/bucketPolicy:BucketPolicy";
    static final String BUCKET_VERSIONING = "aws:s3/bucketVersioningV2:BucketVersioningV2";
    static final String BUCKET_OWNERSHIP = "aws:s3/bucketOwnershipControls:BucketOwnershipControls";
    static final String BUCKET_LIFECYCLE = "aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2";

    static final String ECS_CLUSTER = "aws:ecs/cluster:Cluster";
    static final String ECS_SERVICE = "aws:ecs/service:Service";
    static final String TASK_DEFINITION = "aws:ecs/taskDefinition:TaskDefinition";
    static final String SCALING_TARGET = "aws:appautoscaling/target:Target";
    static final String ECR_REPOSITORY = "aws:ecr/repository:Repository";
    static final String ECR_LIFECYCLE = "aws:ecr/lifecyclePolicy:LifecyclePolicy";

    static final String LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
    static final String METRIC_ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";
    static final String LAMBDA_FUNCTION = "aws:lambda/function:Function";
    static final String WAF_LOGGING = "aws:wafv2/webAclLoggingConfiguration:WebAclLoggingConfiguration";
    static final String TOPIC = "aws:sns/topic:Topic";
    static final String TOPIC_POLICY = "aws:sns/topicPolicy:TopicPolicy";
    static final String KMS_KEY = "aws:kms/key:Key";
    static final String KMS_ALIAS = "aws:kms/alias:Alias";

    static final String ROLE = "aws:iam/role:Role";
    static final String ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
    static final String MANAGED_POLICY = "aws:iam/policy:Policy";
    static final String USER_POLICY = "aws:iam/userPolicy:UserPolicy";
    static final String ATTACHMENT = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
    static final String SECRET = "aws:secretsmanager/secret:Secret";
    static final String SECRET_VERSION = "aws:secretsmanager/secretVersion:SecretVersion";
    static final String SECRET_ROTATION = "aws:secretsmanager/secretRotation:SecretRotation";

    private Types() {
    }
}
