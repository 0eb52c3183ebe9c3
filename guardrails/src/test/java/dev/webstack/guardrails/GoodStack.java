package dev.webstack.guardrails;

import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.plan.json.Json;
import dev.webstack.testkit.PlanFixture;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The smallest stack that passes every rule, built by hand: the baseline each rule's failing
 * example breaks in exactly one place.
 */
final class GoodStack {

    static final String REGION_ARN = "arn:aws:%s:ap-northeast-1:" + PlanFixture.ACCOUNT + ":%s";
    static final String LB_ARN = arn("elasticloadbalancing", "loadbalancer/app/alb/50dc6c495c0c9188");
    static final String LISTENER_ARN = arn("elasticloadbalancing", "listener/app/alb/50dc6c495c0c9188/f2f7dc8efc522ab2");
    static final String LB_DNS = "internal-alb-1234567890.ap-northeast-1.elb.amazonaws.com";
    static final String VPC_ORIGIN_ID = "vo_0123456789ABCDEFabcdef";
    static final String DISTRIBUTION_ARN = "arn:aws:cloudfront::" + PlanFixture.ACCOUNT + ":distribution/E2QWRUHAPOMQZL";
    static final String BUCKET_ARN = "arn:aws:s3:::webstack-documents";
    static final String WEB_ACL_ARN = "arn:aws:wafv2:us-east-1:" + PlanFixture.ACCOUNT + ":global/webacl/webstack-web-acl/acl-1";
    static final String TOPIC_ARN = arn("sns", "webstack-alarms");
    static final String KEY_ARN = arn("kms", "key/1234abcd-12ab-34cd-56ef-1234567890ab");
    static final String EXECUTION_ROLE_ARN = "arn:aws:iam::" + PlanFixture.ACCOUNT + ":role/webstack-execution";
    static final String TASK_ROLE_ARN = "arn:aws:iam::" + PlanFixture.ACCOUNT + ":role/webstack-task";
    static final String SECRET_ARN = arn("secretsmanager", "secret:webstack/OPENAI_API_KEY-AbCdEf");
    static final String GITHUB = "token.actions.githubusercontent.com";

    private GoodStack() {
    }

    static String arn(String service, String resource) {
        return String.format(REGION_ARN, service, resource);
    }

    static String logGroupArn(String name) {
        return arn("logs", "log-group:" + name);
    }

    static PlanFixture staging() {
        return build(PlanFixture.staging());
    }

    static PlanFixture production() {
        return build(PlanFixture.production());
    }

    private static PlanFixture build(PlanFixture f) {
        network(f);
        database(f);
        edge(f);
        storage(f);
        containers(f);
        observability(f);
        identity(f);
        return f;
    }

    private static void network(PlanFixture f) {
        f.add(AwsTypes.EC2_VPC, "vpc", "vpc-1");
        f.add(AwsTypes.EC2_DEFAULT_SECURITY_GROUP, "default-sg", "sg-default").in("vpcId", "vpc-1");
        f.add(AwsTypes.EC2_FLOW_LOG, "flow-log", "fl-1").in("vpcId", "vpc-1")
                .in("logDestinationType", "cloud-watch-logs").in("logDestination", logGroupArn("/webstack/flow-logs"));
        f.add(AwsTypes.EC2_INTERNET_GATEWAY, "igw", "igw-1").in("vpcId", "vpc-1");
        for (var subnet : List.of(List.of("public-a", "subnet-pa", "ap-northeast-1a", "rtb-public"),
                List.of("public-c", "subnet-pc", "ap-northeast-1c", "rtb-public"),
                List.of("isolated-a", "subnet-ia", "ap-northeast-1a", "rtb-isolated"))) {
            f.add(AwsTypes.EC2_SUBNET, subnet.get(0), subnet.get(1)).in("vpcId", "vpc-1").in("availabilityZone", subnet.get(2))
                    .in("mapPublicIpOnLaunch", false);
            f.add(AwsTypes.EC2_ROUTE_TABLE_ASSOCIATION, subnet.get(0) + "-rta", "rtbassoc-" + subnet.get(1))
                    .in("subnetId", subnet.get(1)).in("routeTableId", subnet.get(3));
        }
        f.add(AwsTypes.EC2_ROUTE, "public-default", "r-1").in("routeTableId", "rtb-public").in("destinationCidrBlock", "0.0.0.0/0")
                .in("gatewayId", "igw-1");
        for (var group : List.of("alb", "app", "db")) {
            f.add(AwsTypes.EC2_SECURITY_GROUP, group + "-sg", "sg-" + group).in("vpcId", "vpc-1")
                    .in("description", "The " + group + " tier");
        }
        ingress(f, "alb-entry", "sg-alb", 80).in("referencedSecurityGroupId", "sg-cloudfront-vpc-origins");
        ingress(f, "app-from-alb", "sg-app", 3000).in("referencedSecurityGroupId", "sg-alb");
        ingress(f, "db-from-app", "sg-db", 5432).in("referencedSecurityGroupId", "sg-app");
        f.add(AwsTypes.VPC_SECURITY_GROUP_EGRESS_RULE, "alb-to-app", "sgr-e1").in("securityGroupId", "sg-alb")
                .in("ipProtocol", "tcp").in("fromPort", 3000L).in("toPort", 3000L).in("referencedSecurityGroupId", "sg-app")
                .in("description", "to the tasks");
    }

    static PlanFixture.Resource ingress(PlanFixture f, String name, String group, long port) {
        return f.add(AwsTypes.VPC_SECURITY_GROUP_INGRESS_RULE, name, "sgr-" + name).in("securityGroupId", group)
                .in("ipProtocol", "tcp").in("fromPort", port).in("toPort", port).in("description", "why " + name + " exists");
    }

    private static void database(PlanFixture f) {
        f.add(AwsTypes.RDS_SUBNET_GROUP, "db-subnet-group", "webstack-db-subnets").out("name", "webstack-db-subnets")
                .in("subnetIds", List.of("subnet-ia"));
        f.add(AwsTypes.RDS_PARAMETER_GROUP, "db-parameters", "webstack-db-params").out("name", "webstack-db-params")
                .in("parameters", List.of(Map.of("name", "rds.force_ssl", "value", "1")));
        f.add(AwsTypes.RDS_INSTANCE, "db-instance", "db-ABCDEFGHIJ").kept()
                .out("identifier", "webstack-db").out("arn", arn("rds", "db:webstack-db"))
                .in("engine", "postgres").in("storageEncrypted", true).in("publiclyAccessible", false)
                .in("dbSubnetGroupName", "webstack-db-subnets").in("parameterGroupName", "webstack-db-params")
                .in("vpcSecurityGroupIds", List.of("sg-db")).in("backupRetentionPeriod", 7L).in("deletionProtection", true)
                .in("multiAz", true).in("autoMinorVersionUpgrade", true).in("copyTagsToSnapshot", true)
                .in("enabledCloudwatchLogsExports", List.of("postgresql")).in("monitoringInterval", 60L)
                .in("manageMasterUserPassword", true).in("skipFinalSnapshot", false).in("finalSnapshotIdentifier", "webstack-db-final")
                .in("deleteAutomatedBackups", false);
        logGroup(f, "/aws/rds/instance/webstack-db/postgresql");
    }

    private static void edge(PlanFixture f) {
        f.add(AwsTypes.LB_LOAD_BALANCER, "edge-alb", LB_ARN).out("arn", LB_ARN).out("dnsName", LB_DNS)
                .in("internal", true).in("loadBalancerType", "application").in("securityGroups", List.of("sg-alb"))
                .in("dropInvalidHeaderFields", true).in("desyncMitigationMode", "defensive").in("accessLogs.enabled", true)
                .in("enableDeletionProtection", true);
        f.add(AwsTypes.LB_LISTENER, "edge-http", LISTENER_ARN).out("arn", LISTENER_ARN).in("loadBalancerArn", LB_ARN)
                .in("port", 80L).in("defaultActions", List.of(Map.of("type", "fixed-response")));
        f.add(AwsTypes.LB_LISTENER_RULE, "edge-from-cloudfront", LISTENER_ARN + "/rule").in("listenerArn", LISTENER_ARN)
                .in("conditions", List.of(Map.of("httpHeader", Map.of("httpHeaderName", "X-Origin-Verify", "values", List.of("[secret]")))))
                .in("actions", List.of(Map.of("type", "forward")));
        webAcl(f);
        var behaviour = Map.of("viewerProtocolPolicy", "redirect-to-https", "responseHeadersPolicyId", "rhp-1");
        f.add(AwsTypes.CLOUDFRONT_DISTRIBUTION, "edge-cdn", "E2QWRUHAPOMQZL").out("arn", DISTRIBUTION_ARN)
                .in("origins", List.of(Map.of("originId", "alb", "domainName", LB_DNS,
                        "customHeaders", List.of(Map.of("name", "X-Origin-Verify", "value", "[secret]")),
                        "vpcOriginConfig", Map.of("vpcOriginId", VPC_ORIGIN_ID))))
                .in("webAclId", WEB_ACL_ARN)
                .in("defaultCacheBehavior", behaviour)
                .in("orderedCacheBehaviors", List.of(Map.of("pathPattern", "/assets/*", "viewerProtocolPolicy", "redirect-to-https",
                        "responseHeadersPolicyId", "rhp-1")));
        f.add(AwsTypes.CLOUDFRONT_VPC_ORIGIN, "edge-vpc-origin", VPC_ORIGIN_ID)
                .in("vpcOriginEndpointConfig", Map.of("arn", LB_ARN, "originProtocolPolicy", "http-only",
                        "originSslProtocols", Map.of("items", List.of("TLSv1.2"), "quantity", 1)));
        f.add(AwsTypes.CLOUDFRONT_RESPONSE_HEADERS_POLICY, "edge-security-headers", "rhp-1")
                .in("securityHeadersConfig.strictTransportSecurity.accessControlMaxAgeSec", 63072000L)
                .in("securityHeadersConfig.contentTypeOptions.override", true)
                .in("securityHeadersConfig.frameOptions.frameOption", "DENY");
        f.add(AwsTypes.CLOUDWATCH_LOG_DELIVERY_SOURCE, "edge-cdn-log-source", "cdn-source").out("name", "cdn-source")
                .in("resourceArn", DISTRIBUTION_ARN).in("logType", "ACCESS_LOGS");
        f.add(AwsTypes.CLOUDWATCH_LOG_DELIVERY, "edge-cdn-log-delivery", "delivery-1").in("deliverySourceName", "cdn-source");
    }

    /** The four managed groups and a rate limit keyed on the source address; the last rule is named "rate". */
    static List<Map<String, Object>> webAclRules() {
        var visible = Map.of("cloudwatchMetricsEnabled", true, "metricName", "m", "sampledRequestsEnabled", true);
        var rules = new ArrayList<Map<String, Object>>();
        for (var group : List.of("AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet", "AWSManagedRulesSQLiRuleSet",
                "AWSManagedRulesAmazonIpReputationList")) {
            rules.add(Map.of("name", group, "overrideAction", Map.of("none", Map.of()), "visibilityConfig", visible,
                    "statement", Map.of("managedRuleGroupStatement", Map.of("vendorName", "AWS", "name", group))));
        }
        rules.add(Map.of("name", "rate", "action", Map.of("block", Map.of()), "visibilityConfig", visible,
                "statement", Map.of("rateBasedStatement", Map.of("limit", 2000, "aggregateKeyType", "IP"))));
        return List.copyOf(rules);
    }

    /** A CloudFront-scope web ACL in us-east-1, its logging with redactions, and its log group there. */
    private static void webAcl(PlanFixture f) {
        f.add(AwsTypes.WAFV2_WEB_ACL, "edge-cdn-waf", "acl-1").out("arn", WEB_ACL_ARN).in("scope", "CLOUDFRONT").in("rules", webAclRules());
        var wafLogs = "aws-waf-logs-webstack";
        var wafLogsArn = "arn:aws:logs:us-east-1:" + PlanFixture.ACCOUNT + ":log-group:" + wafLogs;
        f.add(AwsTypes.CLOUDWATCH_LOG_GROUP, "edge-cdn-waf-logs", wafLogs).out("arn", wafLogsArn).out("name", wafLogs)
                .in("name", wafLogs).in("retentionInDays", 7L);
        f.add(AwsTypes.WAFV2_WEB_ACL_LOGGING_CONFIGURATION, "edge-cdn-waf-logging", WEB_ACL_ARN).in("resourceArn", WEB_ACL_ARN)
                .in("logDestinationConfigs", List.of(wafLogsArn))
                .in("redactedFields", List.of(Map.of("singleHeader", Map.of("name", "authorization")),
                        Map.of("singleHeader", Map.of("name", "cookie")), Map.of("singleHeader", Map.of("name", "x-origin-verify"))));
    }

    private static void storage(PlanFixture f) {
        f.add(AwsTypes.S3_BUCKET_V2, "documents-bucket", "webstack-documents").kept().under("webstack:data:DocumentStore")
                .out("arn", BUCKET_ARN).out("bucket", "webstack-documents").in("forceDestroy", false);
        bucketSettings(f, "documents", "webstack-documents", BUCKET_ARN);
        f.add(AwsTypes.S3_BUCKET_VERSIONING_V2, "documents-versioning", "webstack-documents")
                .in("bucket", "webstack-documents").in("versioningConfiguration.status", "Enabled");
    }

    /** Everything every bucket needs; versioning is the documents bucket's own. */
    static void bucketSettings(PlanFixture f, String prefix, String bucket, String arn) {
        f.add(AwsTypes.S3_BUCKET_PUBLIC_ACCESS_BLOCK, prefix + "-public-access-block", bucket).in("bucket", bucket)
                .in("blockPublicAcls", true).in("blockPublicPolicy", true).in("ignorePublicAcls", true).in("restrictPublicBuckets", true);
        f.add(AwsTypes.S3_BUCKET_SERVER_SIDE_ENCRYPTION_CONFIGURATION_V2, prefix + "-encryption", bucket)
                .in("bucket", bucket).in("rules", List.of(Map.of("applyServerSideEncryptionByDefault", Map.of("sseAlgorithm", "AES256"))));
        f.add(AwsTypes.S3_BUCKET_POLICY, prefix + "-policy", bucket).in("bucket", bucket).in("policy", Json.compact(Json.object(
                "Version", "2012-10-17",
                "Statement", List.of(Json.object("Sid", "DenyInsecureTransport", "Effect", "Deny", "Principal", "*", "Action", "s3:*",
                        "Resource", List.of(arn, arn + "/*"), "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))));
        f.add(AwsTypes.S3_BUCKET_OWNERSHIP_CONTROLS, prefix + "-ownership", bucket).in("bucket", bucket)
                .in("rule.objectOwnership", "BucketOwnerEnforced");
        f.add(AwsTypes.S3_BUCKET_LIFECYCLE_CONFIGURATION_V2, prefix + "-lifecycle", bucket).in("bucket", bucket)
                .in("rules", List.of(Map.of("id", "expire", "status", "Enabled")));
    }

    @SafeVarargs
    static String containers(Map<String, Object>... containers) {
        return Json.compact(List.of(containers));
    }

    static Map<String, Object> appContainer() {
        return new LinkedHashMap<>(Json.object(
                "name", "app",
                "readonlyRootFilesystem", true,
                "privileged", false,
                "environment", List.of(Map.of("name", "DB_HOST", "value", "db.internal"), Map.of("name", "APP_ENV", "value", "staging")),
                "secrets", List.of(Map.of("name", "DB_PASSWORD", "valueFrom", SECRET_ARN)),
                "logConfiguration", Map.of("logDriver", "awslogs", "options", Map.of("awslogs-group", "/webstack/app"))));
    }

    private static void containers(PlanFixture f) {
        var cluster = arn("ecs", "cluster/webstack");
        f.add(AwsTypes.ECS_CLUSTER, "app-cluster", cluster).out("arn", cluster).out("name", "webstack")
                .in("settings", List.of(Map.of("name", "containerInsights", "value", "enabled")));
        f.add(AwsTypes.ECS_TASK_DEFINITION, "app-task", "webstack-app").out("arn", arn("ecs", "task-definition/webstack-app:1"))
                .in("networkMode", "awsvpc").in("requiresCompatibilities", List.of("FARGATE"))
                .in("executionRoleArn", EXECUTION_ROLE_ARN).in("taskRoleArn", TASK_ROLE_ARN)
                .in("containerDefinitions", containers(appContainer()));
        logGroup(f, "/webstack/app");
        f.add(AwsTypes.ECS_SERVICE, "app-service", arn("ecs", "service/webstack/app")).out("name", "app")
                .in("cluster", cluster).in("platformVersion", "LATEST").in("desiredCount", 2L)
                .in("capacityProviderStrategies", List.of(Map.of("capacityProvider", "FARGATE", "weight", 1L)))
                .in("networkConfiguration.assignPublicIp", true).in("networkConfiguration.securityGroups", List.of("sg-app"))
                .in("networkConfiguration.subnets", List.of("subnet-pa", "subnet-pc"))
                .in("deploymentCircuitBreaker.enable", true).in("deploymentCircuitBreaker.rollback", true);
        // The one-off migration task runs in the app group too (scripts/release reads this output).
        f.stackOutput("service.taskSecurityGroupId", "sg-app");
        f.add(AwsTypes.APPAUTOSCALING_TARGET, "app-scaling-target", "service/webstack/app").in("resourceId", "service/webstack/app")
                .in("minCapacity", 2L).in("maxCapacity", 4L);
        f.add(AwsTypes.ECR_REPOSITORY, "app-repository", "webstack").kept().out("name", "webstack")
                .out("arn", arn("ecr", "repository/webstack")).in("imageScanningConfiguration.scanOnPush", true).in("forceDelete", false);
        f.add(AwsTypes.ECR_LIFECYCLE_POLICY, "app-repository-lifecycle", "webstack").in("repository", "webstack");
    }

    private static void observability(PlanFixture f) {
        f.add(AwsTypes.KMS_KEY, "alarms-key", "1234abcd-12ab-34cd-56ef-1234567890ab").kept().out("arn", KEY_ARN)
                .out("keyId", "1234abcd-12ab-34cd-56ef-1234567890ab").in("enableKeyRotation", true).in("deletionWindowInDays", 30L)
                .in("policy", Json.compact(Json.object("Version", "2012-10-17", "Statement", List.of(
                        Json.object("Sid", "Admin", "Effect", "Allow", "Principal", Map.of("AWS", "arn:aws:iam::" + PlanFixture.ACCOUNT + ":root"),
                                "Action", "kms:*", "Resource", "*"),
                        Json.object("Sid", "Publishers", "Effect", "Allow",
                                "Principal", Map.of("Service", List.of("cloudwatch.amazonaws.com", "events.amazonaws.com")),
                                "Action", List.of("kms:GenerateDataKey*", "kms:Decrypt"), "Resource", "*")))));
        f.add(AwsTypes.SNS_TOPIC, "alarms-topic", TOPIC_ARN).out("arn", TOPIC_ARN).in("kmsMasterKeyId", KEY_ARN);
        f.add(AwsTypes.SNS_TOPIC_POLICY, "alarms-topic-policy", TOPIC_ARN).in("arn", TOPIC_ARN).in("policy", topicPolicy(true));
        f.add(AwsTypes.CLOUDWATCH_METRIC_ALARM, "alarms-cpu", "webstack-cpu").in("alarmActions", List.of(TOPIC_ARN))
                .in("okActions", List.of(TOPIC_ARN));
        f.add(AwsTypes.LAMBDA_FUNCTION, "alarms-forwarder", "webstack-forwarder").out("name", "webstack-forwarder")
                .out("arn", arn("lambda", "function:webstack-forwarder"));
        logGroup(f, "/aws/lambda/webstack-forwarder");
        logGroup(f, "/webstack/flow-logs");
        f.add(AwsTypes.SECRETSMANAGER_SECRET, "secrets-openai", SECRET_ARN).kept().out("arn", SECRET_ARN).in("recoveryWindowInDays", 30L);
    }

    static String topicPolicy(boolean scoped) {
        var statement = new LinkedHashMap<>(Json.object("Sid", "AlarmsPublish", "Effect", "Allow", "Principal", Map.of("Service", "cloudwatch.amazonaws.com"),
                "Action", "sns:Publish", "Resource", TOPIC_ARN));
        if (scoped) {
            statement.put("Condition", Map.of("StringEquals", Map.of("aws:SourceAccount", PlanFixture.ACCOUNT)));
        }
        return Json.compact(Json.object("Version", "2012-10-17", "Statement", List.of(statement)));
    }

    private static void identity(PlanFixture f) {
        f.add(AwsTypes.IAM_ROLE, "app-task-role", "webstack-task").out("arn", TASK_ROLE_ARN)
                .in("assumeRolePolicy", trust(Map.of("Service", "ecs-tasks.amazonaws.com"), "sts:AssumeRole", Map.of()));
        f.add(AwsTypes.IAM_ROLE_POLICY, "app-task-policy", "webstack-task:app").in("role", "webstack-task")
                .in("policy", policy(Json.object("Sid", "Documents", "Effect", "Allow", "Action", List.of("s3:GetObject", "s3:PutObject"),
                        "Resource", BUCKET_ARN + "/*")));
        f.add(AwsTypes.IAM_ROLE_POLICY, "app-execution-policy", "webstack-execution:pull").in("role", "webstack-execution")
                .in("policy", policy(Json.object("Sid", "RegistryToken", "Effect", "Allow", "Action", "ecr:GetAuthorizationToken",
                        "Resource", "*")));
        f.add(AwsTypes.IAM_ROLE, "deploy-role", "webstack-deploy").out("arn", "arn:aws:iam::" + PlanFixture.ACCOUNT + ":role/webstack-deploy")
                .in("assumeRolePolicy", trust(Map.of("Federated", "arn:aws:iam::" + PlanFixture.ACCOUNT + ":oidc-provider/" + GITHUB),
                        "sts:AssumeRoleWithWebIdentity", Map.of("StringEquals", Map.of(GITHUB + ":aud", "sts.amazonaws.com",
                                GITHUB + ":sub", "repo:acme/shop:ref:refs/heads/main"))));
        f.add(AwsTypes.IAM_ROLE_POLICY, "deploy-policy", "webstack-deploy:release").in("role", "webstack-deploy")
                .in("policy", policy(Json.object("Sid", "PassTaskRoles", "Effect", "Allow", "Action", "iam:PassRole",
                        "Resource", List.of(TASK_ROLE_ARN, EXECUTION_ROLE_ARN),
                        "Condition", Map.of("StringEquals", Map.of("iam:PassedToService", "ecs-tasks.amazonaws.com")))));
    }

    static String policy(Map<String, Object> statement) {
        return Json.compact(Json.object("Version", "2012-10-17", "Statement", List.of(statement)));
    }

    static String trust(Map<String, Object> principal, String action, Map<String, Object> condition) {
        var statement = new LinkedHashMap<>(Json.object("Effect", "Allow", "Principal", principal, "Action", action));
        if (!condition.isEmpty()) {
            statement.put("Condition", condition);
        }
        return policy(statement);
    }

    static PlanFixture.Resource logGroup(PlanFixture f, String name) {
        return f.add(AwsTypes.CLOUDWATCH_LOG_GROUP, "log-" + name, name).out("arn", logGroupArn(name)).out("name", name)
                .in("name", name).in("retentionInDays", 7L);
    }
}
