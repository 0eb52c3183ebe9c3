package dev.webstack.guardrails;

import static dev.webstack.guardrails.GoodStack.BUCKET_ARN;
import static dev.webstack.guardrails.GoodStack.GITHUB;
import static dev.webstack.guardrails.GoodStack.TASK_ROLE_ARN;

import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.plan.json.Json;
import dev.webstack.testkit.PlanFixture;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A passing and a failing example for each rule, in the manner of public policy packs: the
 * good stack passes, and each failing example breaks it in one place and names what the
 * violation must say.
 */
final class RuleExamples {

    /** A way to break the good stack, and a fragment the violation must contain. */
    record Failure(String description, Consumer<PlanFixture> change, String says) {
    }

    /** Examples for one rule. Passing variants are further changes that must still pass. */
    record Example(String ruleId, Supplier<PlanFixture> base, List<Failure> failures, List<Failure> passingVariants) {
    }

    private static final Map<String, Example> EXAMPLES = new LinkedHashMap<>();

    private RuleExamples() {
    }

    static Map<String, Example> all() {
        return EXAMPLES;
    }

    private static Builder rule(String id) {
        return new Builder(id, GoodStack::staging);
    }

    private static Builder productionRule(String id) {
        return new Builder(id, GoodStack::production);
    }

    private static final class Builder {
        private final String id;
        private final Supplier<PlanFixture> base;
        private final List<Failure> failures = new ArrayList<>();
        private final List<Failure> passing = new ArrayList<>();

        Builder(String id, Supplier<PlanFixture> base) {
            this.id = id;
            this.base = base;
        }

        Builder fails(String description, Consumer<PlanFixture> change, String says) {
            failures.add(new Failure(description, change, says));
            return this;
        }

        Builder passes(String description, Consumer<PlanFixture> change) {
            passing.add(new Failure(description, change, ""));
            return this;
        }

        void done() {
            if (EXAMPLES.put(id, new Example(id, base, List.copyOf(failures), List.copyOf(passing))) != null) {
                throw new IllegalStateException("examples for " + id + " given twice");
            }
        }
    }

    private static PlanFixture.Resource db(PlanFixture f) {
        return f.get("db-instance");
    }

    static final String MASTER_SECRET_ARN = GoodStack.arn("secretsmanager", "secret:rds!db-0a1b2c3d-4e5f-6789-abcd-ef0123456789-AbCdEf");

    private static void container(PlanFixture f, String key, Object value) {
        var container = GoodStack.appContainer();
        if (value == null) {
            container.remove(key);
        } else {
            container.put(key, value);
        }
        f.get("app-task").in("containerDefinitions", GoodStack.containers(container));
    }

    static {
        // Database
        rule("rds.storage-encrypted").fails("unencrypted", f -> db(f).in("storageEncrypted", false), "storageEncrypted is not true").done();
        rule("rds.private")
                .fails("publicly accessible", f -> db(f).in("publiclyAccessible", true), "publiclyAccessible is true")
                .fails("in a subnet routed to the internet", f -> f.add("aws:ec2/route:Route", "isolated-default", "r-2")
                        .in("routeTableId", "rtb-isolated").in("gatewayId", "igw-1"), "subnet subnet-ia of its subnet group routes to an internet gateway")
                .fails("without a subnet group", f -> db(f).without("dbSubnetGroupName"), "default VPC")
                .done();
        rule("rds.backups").fails("one day of backups", f -> db(f).in("backupRetentionPeriod", 1L), "backupRetentionPeriod is 1, below 7").done();
        rule("rds.deletion-protection").fails("unprotected", f -> db(f).in("deletionProtection", false), "deletionProtection is not true").done();
        rule("rds.multi-az").fails("single-AZ", f -> db(f).in("multiAz", false), "multiAz is not true").done();
        rule("rds.minor-upgrades").fails("upgrades off", f -> db(f).in("autoMinorVersionUpgrade", false), "autoMinorVersionUpgrade is false")
                .passes("left to AWS's default (on)", f -> db(f).without("autoMinorVersionUpgrade")).done();
        rule("rds.copy-tags").fails("tags not copied", f -> db(f).without("copyTagsToSnapshot"), "copyTagsToSnapshot is not true").done();
        rule("rds.log-exports").fails("no exports", f -> db(f).in("enabledCloudwatchLogsExports", List.of()),
                "does not include postgresql").done();
        rule("rds.tls-only")
                .fails("force_ssl off", f -> f.get("db-parameters").in("parameters", List.of(Map.of("name", "rds.force_ssl", "value", "0"))),
                        "does not set rds.force_ssl to 1")
                .fails("default parameter group", f -> db(f).without("parameterGroupName"), "uses the default parameter group")
                .done();
        productionRule("rds.enhanced-monitoring").fails("no monitoring", f -> db(f).in("monitoringInterval", 0L), "monitoringInterval is 0").done();

        // Network
        rule("network.one-way-in")
                .fails("tasks open to the world", f -> GoodStack.ingress(f, "app-open", "sg-app", 3000).in("cidrIpv4", "0.0.0.0/0"),
                        "admits tcp/3000 from anywhere to sg-app")
                .fails("SSH on an internet-facing entry point", f -> {
                    f.get("edge-alb").in("internal", false);
                    GoodStack.ingress(f, "alb-ssh", "sg-alb", 22).in("cidrIpv4", "0.0.0.0/0");
                }, "only the listener ports [80] may be")
                .fails("anything from anywhere to the internal load balancer", f -> GoodStack.ingress(f, "alb-ssh", "sg-alb", 22)
                        .in("cidrIpv4", "0.0.0.0/0"), "which fronts no internet-facing load balancer")
                .fails("all traffic over IPv6", f -> GoodStack.ingress(f, "alb-all", "sg-alb", 0).in("ipProtocol", "-1").in("cidrIpv6", "::/0"),
                        "admits all traffic from anywhere")
                .passes("the listener port of an internet-facing load balancer open to the world", f -> {
                    f.get("edge-alb").in("internal", false);
                    f.get("alb-entry").without("referencedSecurityGroupId").in("cidrIpv4", "0.0.0.0/0");
                })
                .done();
        rule("network.database-from-app-only")
                .fails("the load balancer reaches the database", f -> GoodStack.ingress(f, "db-from-alb", "sg-db", 5432)
                        .in("referencedSecurityGroupId", "sg-alb"), "admits sg-alb, which is not the application's group")
                .fails("an address range reaches the database", f -> GoodStack.ingress(f, "db-from-vpc", "sg-db", 5432)
                        .in("cidrIpv4", "10.0.0.0/16"), "admits address ranges [10.0.0.0/16]")
                .fails("the database in the default group", f -> db(f).in("vpcSecurityGroupIds", List.of()), "default group")
                .done();
        rule("network.rules-described")
                .fails("a rule without description", f -> f.get("app-from-alb").in("description", " "), "has no description")
                .fails("a group with the provider's description", f -> f.get("app-sg").in("description", "Managed by Pulumi"),
                        "has no description of its own")
                .done();
        rule("network.default-group-closed")
                .fails("default group not adopted", f -> f.remove("default-sg"), "keeps AWS's allow-all rules")
                .fails("default group with a rule", f -> f.get("default-sg").in("ingress", List.of(Map.of("protocol", "-1", "self", true))),
                        "the default security group has rules")
                .done();
        rule("network.flow-logs").fails("no flow log", f -> f.remove("flow-log"), "has no flow log").done();
        rule("network.no-automatic-public-ip").fails("public IP on launch", f -> f.get("public-a").in("mapPublicIpOnLaunch", true),
                "mapPublicIpOnLaunch is true").done();

        // Edge
        rule("elb.drop-invalid-headers").fails("keeps invalid headers", f -> f.get("edge-alb").in("dropInvalidHeaderFields", false),
                "dropInvalidHeaderFields is not true").done();
        rule("elb.desync-mitigation").fails("monitor mode", f -> f.get("edge-alb").in("desyncMitigationMode", "monitor"),
                "desyncMitigationMode is monitor").passes("AWS's default (defensive)", f -> f.get("edge-alb").without("desyncMitigationMode")).done();
        rule("elb.access-logs").fails("no access logs", f -> f.get("edge-alb").without("accessLogs"), "accessLogs.enabled is not true").done();
        rule("elb.deletion-protection").fails("deletable", f -> f.get("edge-alb").in("enableDeletionProtection", false),
                "enableDeletionProtection is not true").done();
        rule("edge.waf")
                .fails("no web ACL on the distribution", f -> f.get("edge-cdn").without("webAclId"), "webAclId names no web ACL of this stack")
                .fails("a web ACL of another stack", f -> f.get("edge-cdn").in("webAclId",
                        "arn:aws:wafv2:us-east-1:123456789012:global/webacl/other/9"), "names no web ACL of this stack")
                .fails("a regional web ACL", f -> f.get("edge-cdn-waf").in("scope", "REGIONAL"), "has scope REGIONAL")
                .done();
        rule("waf.cloudfront-scope")
                .fails("a regional web ACL", f -> f.get("edge-cdn-waf").in("scope", "REGIONAL"), "scope is REGIONAL, not CLOUDFRONT")
                .fails("an association with the load balancer", f -> f.add(dev.webstack.plan.aws.AwsTypes.WAFV2_WEB_ACL_ASSOCIATION,
                        "edge-waf-association", "assoc").in("resourceArn", GoodStack.LB_ARN).in("webAclArn", GoodStack.WEB_ACL_ARN),
                        "reference a CloudFront-scope web ACL from the distribution's webAclId instead")
                .done();
        rule("waf.managed-rules")
                .fails("no SQL injection group", f -> f.get("edge-cdn-waf").in("rules", withoutRule("AWSManagedRulesSQLiRuleSet")),
                        "does not run AWSManagedRulesSQLiRuleSet")
                .fails("no IP reputation group", f -> f.get("edge-cdn-waf").in("rules",
                        withoutRule("AWSManagedRulesAmazonIpReputationList")), "does not run AWSManagedRulesAmazonIpReputationList")
                .done();
        rule("waf.rate-limit-viewer-ip")
                .fails("no rate-based rule", f -> f.get("edge-cdn-waf").in("rules", withoutRule("rate")),
                        "has no rate-based rule with aggregateKeyType IP")
                .fails("keyed on X-Forwarded-For", f -> f.get("edge-cdn-waf").in("rules", withRule(Map.of("name", "xff",
                        "statement", Map.of("rateBasedStatement", Map.of("limit", 2000, "aggregateKeyType", "FORWARDED_IP",
                                "forwardedIpConfig", Map.of("headerName", "X-Forwarded-For", "fallbackBehavior", "MATCH")))))),
                        "[xff] read the address from a forwarded header")
                .done();
        rule("waf.log-redaction")
                .fails("no logging", f -> f.remove("edge-cdn-waf-logging"), "has no logging configuration")
                .fails("cookies in the logs", f -> f.get("edge-cdn-waf-logging").in("redactedFields",
                        List.of(Map.of("singleHeader", Map.of("name", "authorization")), Map.of("singleHeader", Map.of("name", "x-origin-verify")))),
                        "does not redact [cookie]")
                .fails("the origin secret in the logs", f -> f.get("edge-cdn-waf-logging").in("redactedFields",
                        List.of(Map.of("singleHeader", Map.of("name", "authorization")), Map.of("singleHeader", Map.of("name", "cookie")))),
                        "does not redact [x-origin-verify]")
                .passes("header names in any case", f -> f.get("edge-cdn-waf-logging").in("redactedFields",
                        List.of(Map.of("singleHeader", Map.of("name", "Authorization")), Map.of("singleHeader", Map.of("name", "COOKIE")),
                                Map.of("singleHeader", Map.of("name", "X-Origin-Verify")))))
                .done();
        rule("edge.origin-lock")
                .fails("the default action forwards", f -> f.get("edge-http").in("defaultActions", List.of(Map.of("type", "forward"))),
                        "the default action does not refuse")
                .fails("a forward without the header", f -> f.get("edge-from-cloudfront").in("conditions",
                        List.of(Map.of("pathPattern", Map.of("values", List.of("/*"))))), "forwards without requiring CloudFront's secret header")
                .fails("a header CloudFront does not send", f -> f.get("edge-from-cloudfront").in("conditions",
                        List.of(Map.of("httpHeader", Map.of("httpHeaderName", "X-Other", "values", List.of("x"))))), "which CloudFront does not send")
                .passes("no CloudFront in front", f -> f.remove("edge-cdn").remove("edge-from-cloudfront"))
                .passes("port 80 redirects to HTTPS", f -> f.get("edge-http").in("defaultActions", List.of(Map.of("type", "redirect"))))
                .done();
        rule("elb.groups-only")
                .fails("the internet", f -> f.get("alb-entry").without("referencedSecurityGroupId").in("cidrIpv4", "0.0.0.0/0"),
                        "admits [0.0.0.0/0][] to the load balancer's group")
                .fails("CloudFront's managed prefix list", f -> f.get("alb-entry").without("referencedSecurityGroupId")
                        .in("prefixListId", "pl-58a04531"), "admits [][pl-58a04531]")
                .done();
        productionRule("edge.private-origin").fails("internet-facing", f -> f.get("edge-alb").in("internal", false), "is internet-facing")
                .fails("internal, but no VPC origin reaches it", f -> f.remove("edge-vpc-origin"),
                        "no distribution reaches it through a VPC origin of this stack")
                .fails("a VPC origin no distribution uses", f -> f.get("edge-cdn").in("origins", List.of(Map.of("originId", "alb",
                        "domainName", "origin.example.com",
                        "customOriginConfig", Map.of("originProtocolPolicy", "https-only", "originSslProtocols", List.of("TLSv1.2"))))),
                        "no distribution reaches it through a VPC origin of this stack")
                .done();
        productionRule("cloudfront.no-clear-origin")
                .fails("plain HTTP over the internet", f -> f.get("edge-cdn").in("origins", List.of(Map.of("originId", "alb",
                        "domainName", "alb-1.ap-northeast-1.elb.amazonaws.com",
                        "customOriginConfig", Map.of("originProtocolPolicy", "http-only", "originSslProtocols", List.of("TLSv1.2"))))),
                        "origin alb is a custom origin over the internet with http-only")
                .passes("HTTPS over the internet", f -> f.get("edge-cdn").in("origins", List.of(Map.of("originId", "alb",
                        "domainName", "origin.example.com",
                        "customOriginConfig", Map.of("originProtocolPolicy", "https-only", "originSslProtocols", List.of("TLSv1.2"))))))
                .done();
        rule("cloudfront.https-only").fails("plain HTTP for assets", f -> f.get("edge-cdn").in("orderedCacheBehaviors",
                List.of(Map.of("pathPattern", "/assets/*", "viewerProtocolPolicy", "allow-all", "responseHeadersPolicyId", "rhp-1"))),
                "behaviour /assets/* allows allow-all").done();
        rule("cloudfront.security-headers")
                .fails("a behaviour without headers", f -> f.get("edge-cdn").in("defaultCacheBehavior",
                        Map.of("viewerProtocolPolicy", "redirect-to-https")), "the default behaviour has no response headers policy")
                .fails("no frame options", f -> f.get("edge-security-headers").in("securityHeadersConfig",
                        Map.of("strictTransportSecurity", Map.of("accessControlMaxAgeSec", 1L), "contentTypeOptions", Map.of("override", true))),
                        "does not set frameOptions")
                .done();
        rule("cloudfront.origin-tls").fails("TLS 1.0 allowed", f -> f.get("edge-cdn").in("origins", List.of(Map.of("originId", "alb",
                        "domainName", GoodStack.LB_DNS, "customOriginConfig", Map.of("originSslProtocols", List.of("TLSv1", "TLSv1.2"))))),
                "origin alb allows [TLSv1]")
                .fails("TLS 1.1 on the VPC origin", f -> f.get("edge-vpc-origin").in("vpcOriginEndpointConfig", Map.of("arn", GoodStack.LB_ARN,
                        "originSslProtocols", Map.of("items", List.of("TLSv1.1", "TLSv1.2"), "quantity", 2))), "origin alb allows [TLSv1.1]")
                .fails("the VPC origin declares no protocols", f -> f.get("edge-vpc-origin").in("vpcOriginEndpointConfig",
                        Map.of("arn", GoodStack.LB_ARN)), "origin alb allows CloudFront's default protocols")
                .done();
        rule("cloudfront.access-logs").fails("no delivery", f -> f.remove("edge-cdn-log-delivery"), "neither standard logging nor a log delivery")
                .passes("standard (legacy) logging", f -> {
                    f.remove("edge-cdn-log-delivery");
                    f.get("edge-cdn").in("loggingConfig.bucket", "logs.s3.amazonaws.com");
                })
                .done();

        // Storage
        rule("s3.public-access-block")
                .fails("no block", f -> f.remove("documents-public-access-block"), "has no public access block")
                .fails("public policies allowed", f -> f.get("documents-public-access-block").in("blockPublicPolicy", false),
                        "does not set blockPublicPolicy")
                .done();
        rule("s3.encrypted").fails("no default encryption", f -> f.remove("documents-encryption"), "has no default encryption configuration").done();
        rule("s3.tls-only")
                .fails("no policy", f -> f.remove("documents-policy"), "does not deny every request where aws:SecureTransport is false")
                .fails("objects not covered", f -> f.get("documents-policy").in("policy", GoodStack.policy(Json.object("Effect", "Deny",
                        "Principal", "*", "Action", "s3:*", "Resource", List.of(BUCKET_ARN),
                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false"))))), "does not deny")
                .done();
        rule("s3.owner-enforced").fails("ACLs enabled", f -> f.get("documents-ownership").in("rule.objectOwnership", "ObjectWriter"),
                "not BucketOwnerEnforced").done();
        rule("s3.lifecycle").fails("no lifecycle", f -> f.remove("documents-lifecycle"), "has no lifecycle configuration").done();
        rule("s3.documents-versioned")
                .fails("suspended", f -> f.get("documents-versioning").in("versioningConfiguration.status", "Suspended"), "versioning is not Enabled")
                .passes("a log bucket without versions", f -> {
                    f.add("aws:s3/bucketV2:BucketV2", "logs-bucket", "webstack-logs").out("arn", "arn:aws:s3:::webstack-logs")
                            .out("bucket", "webstack-logs").under("webstack:edge:Edge");
                    GoodStack.bucketSettings(f, "logs", "webstack-logs", "arn:aws:s3:::webstack-logs");
                })
                .done();

        // Compute
        rule("ecs.fargate-awsvpc")
                .fails("bridge networking", f -> f.get("app-task").in("networkMode", "bridge"), "networkMode is bridge")
                .fails("EC2 launch type", f -> f.get("app-service").in("launchType", "EC2").without("capacityProviderStrategies"),
                        "does not run on Fargate")
                .fails("the host's process namespace", f -> f.get("app-task").in("pidMode", "host"), "shares the host's process namespace")
                .done();
        rule("ecs.unprivileged").fails("privileged", f -> container(f, "privileged", true), "container app is privileged").done();
        rule("ecs.read-only-root").fails("writable root", f -> container(f, "readonlyRootFilesystem", null),
                "container app has a writable root filesystem").done();
        rule("ecs.logs")
                .fails("no log configuration", f -> container(f, "logConfiguration", null), "container app has no log configuration")
                .fails("a group the stack does not own", f -> container(f, "logConfiguration",
                        Map.of("logDriver", "awslogs", "options", Map.of("awslogs-group", "/elsewhere"))), "logs to /elsewhere")
                .done();
        rule("ecs.no-plain-secrets")
                .fails("a password in plain text", f -> container(f, "environment", List.of(Map.of("name", "DB_PASSWORD", "value", "hunter2"))),
                        "gets DB_PASSWORD in plain text")
                .fails("a URL with credentials", f -> container(f, "environment",
                        List.of(Map.of("name", "DATABASE_URL", "value", "postgres://app:hunter2@db.internal/app"))), "gets DATABASE_URL in plain text")
                .fails("an access key id", f -> container(f, "environment", List.of(Map.of("name", "S3_ID", "value", "AKIAIOSFODNN7EXAMPLE"))),
                        "gets S3_ID in plain text")
                .done();
        rule("ecs.database-login")
                .fails("the app reads the master secret", f -> container(f, "secrets", List.of(Map.of("name", "DB_PASSWORD",
                        "valueFrom", MASTER_SECRET_ARN + ":password::"))), "container app reads the RDS-managed master secret")
                .fails("a DATABASE_URL in plain text, even without a password", f -> container(f, "environment",
                        List.of(Map.of("name", "DATABASE_URL", "value", "postgresql://db.internal:5432/app"))),
                        "gets DATABASE_URL as a plain variable")
                .passes("a non-essential setup step reads it", f -> {
                    var setup = GoodStack.appContainer();
                    setup.put("name", "db-setup");
                    setup.put("essential", false);
                    setup.put("secrets", List.of(Map.of("name", "PGPASSWORD", "valueFrom", MASTER_SECRET_ARN + ":password::")));
                    f.get("app-task").in("containerDefinitions", GoodStack.containers(GoodStack.appContainer(), setup));
                })
                .passes("the app during the one-deploy transition, tagged so", f -> {
                    container(f, "secrets", List.of(Map.of("name", "DB_PASSWORD", "valueFrom", MASTER_SECRET_ARN + ":password::")));
                    f.get("app-task").in("tags", Map.of("webstack:database-login", "MASTER"));
                })
                .done();
        rule("ecs.distinct-roles").fails("one role for both", f -> f.get("app-task").in("executionRoleArn", TASK_ROLE_ARN),
                "uses one role for both").fails("no task role", f -> f.get("app-task").without("taskRoleArn"), "lacks").done();
        rule("ecs.latest-platform").fails("pinned", f -> f.get("app-service").in("platformVersion", "1.3.0"), "pinned to platform version 1.3.0")
                .passes("AWS's default (LATEST)", f -> f.get("app-service").without("platformVersion")).done();
        rule("ecs.public-tasks-reachable-only-from-the-load-balancer")
                .fails("a public task reachable from an address range", f -> GoodStack.ingress(f, "app-office", "sg-app", 3000)
                        .in("cidrIpv4", "203.0.113.0/24"), "to tasks that have a public address")
                .passes("a private task may admit the VPC range", f -> {
                    f.get("app-service").in("networkConfiguration.assignPublicIp", false);
                    GoodStack.ingress(f, "app-vpc", "sg-app", 3000).in("cidrIpv4", "10.0.0.0/16");
                })
                .done();
        rule("ecs.container-insights").fails("off", f -> f.get("app-cluster").in("settings",
                List.of(Map.of("name", "containerInsights", "value", "disabled"))), "containerInsights is disabled").done();
        productionRule("ecs.highly-available")
                .fails("one task", f -> f.get("app-scaling-target").in("minCapacity", 1L), "may run 1 task(s)")
                .fails("one zone", f -> f.get("app-service").in("networkConfiguration.subnets", List.of("subnet-pa")), "runs in 1 zone(s)")
                .fails("no rollback", f -> f.get("app-service").in("deploymentCircuitBreaker.rollback", false), "does not roll back")
                .done();
        rule("ecr.scan-on-push").fails("no scanning", f -> f.get("app-repository").in("imageScanningConfiguration.scanOnPush", false),
                "scanOnPush is not true").done();
        rule("ecr.lifecycle").fails("no lifecycle", f -> f.remove("app-repository-lifecycle"), "has no lifecycle policy").done();

        // Observability
        rule("logs.expire")
                .fails("kept forever", f -> f.get("log-/webstack/app").without("retentionInDays"), "the logs are kept forever")
                .fails("Lambda creates its own group", f -> f.remove("log-/aws/lambda/webstack-forwarder"),
                        "writes to /aws/lambda/webstack-forwarder, which this stack does not create")
                .fails("RDS creates its own group", f -> f.remove("log-/aws/rds/instance/webstack-db/postgresql"),
                        "exports to /aws/rds/instance/webstack-db/postgresql")
                .fails("flow logs to a foreign group", f -> f.remove("log-/webstack/flow-logs"), "is not a log group of this stack")
                .done();
        rule("cloudwatch.alarm-actions")
                .fails("no OK action", f -> f.get("alarms-cpu").in("okActions", List.of()), "okActions is empty")
                .fails("actions to a topic elsewhere", f -> f.get("alarms-cpu").in("alarmActions",
                        List.of("arn:aws:sns:ap-northeast-1:999999999999:other")), "names no topic of this stack")
                .done();
        rule("sns.encrypted-for-alarms")
                .fails("the AWS-managed key", f -> f.get("alarms-topic").in("kmsMasterKeyId", "alias/aws/sns"), "AWS-managed keys refuse")
                .fails("unencrypted", f -> f.get("alarms-topic").without("kmsMasterKeyId"), "is not encrypted")
                .fails("a key CloudWatch may not use", f -> f.get("alarms-key").in("policy", GoodStack.policy(Json.object("Effect", "Allow",
                        "Principal", Map.of("AWS", "arn:aws:iam::123456789012:root"), "Action", "kms:*", "Resource", "*"))),
                        "does not let cloudwatch.amazonaws.com use")
                .passes("the key named by its alias", f -> {
                    f.add("aws:kms/alias:Alias", "alarms-key-alias", "alias/webstack-alarms").out("name", "alias/webstack-alarms")
                            .in("targetKeyId", "1234abcd-12ab-34cd-56ef-1234567890ab");
                    f.get("alarms-topic").in("kmsMasterKeyId", "alias/webstack-alarms");
                })
                .done();
        rule("sns.not-public").fails("any account's CloudWatch", f -> f.get("alarms-topic-policy").in("policy", GoodStack.topicPolicy(false)),
                "without an aws:SourceAccount").done();
        rule("kms.rotation").fails("no rotation", f -> f.get("alarms-key").in("enableKeyRotation", false), "enableKeyRotation is not true").done();

        // Identity
        rule("iam.no-wildcard-actions")
                .fails("a service wildcard", f -> f.get("app-task-policy").in("policy", GoodStack.policy(Json.object("Effect", "Allow",
                        "Action", "s3:*", "Resource", BUCKET_ARN + "/*"))), "allows s3:*")
                .fails("NotAction", f -> f.get("app-task-policy").in("policy", GoodStack.policy(Json.object("Effect", "Allow",
                        "NotAction", "iam:*", "Resource", "*"))), "allows everything except [iam:*]")
                .fails("in an inline policy of the role", f -> f.get("app-task-role").in("inlinePolicies", List.of(Map.of("name", "all",
                        "policy", GoodStack.policy(Json.object("Effect", "Allow", "Action", "*", "Resource", "*"))))), "allows *")
                .done();
        rule("iam.scoped-resources")
                .fails("objects of every bucket", f -> f.get("app-task-policy").in("policy", GoodStack.policy(Json.object("Effect", "Allow",
                        "Action", "s3:GetObject", "Resource", "*"))), "allows [s3:GetObject] on \"*\"")
                .fails("object reads hidden in a read pattern", f -> f.get("app-task-policy").in("policy", GoodStack.policy(Json.object(
                        "Effect", "Allow", "Action", "s3:Get*", "Resource", "*"))), "allows [s3:Get*] on \"*\"")
                .passes("describe calls AWS authorises only on *", f -> f.get("app-task-policy").in("policy", GoodStack.policy(Json.object(
                        "Effect", "Allow", "Action", List.of("ec2:DescribeSubnets", "sts:GetCallerIdentity"), "Resource", "*"))))
                .passes("metadata reads of every service", f -> f.get("app-task-policy").in("policy", GoodStack.policy(Json.object(
                        "Effect", "Allow", "Action", List.of("rds:Describe*", "s3:GetBucket*", "iam:ListRolePolicies"), "Resource", "*"))))
                .done();
        rule("iam.scoped-pass-role")
                .fails("any role", f -> f.get("deploy-policy").in("policy", GoodStack.policy(Json.object("Effect", "Allow",
                        "Action", "iam:PassRole", "Resource", "*",
                        "Condition", Map.of("StringEquals", Map.of("iam:PassedToService", "ecs-tasks.amazonaws.com"))))), "passes any role")
                .fails("to any service", f -> f.get("deploy-policy").in("policy", GoodStack.policy(Json.object("Effect", "Allow",
                        "Action", "iam:PassRole", "Resource", TASK_ROLE_ARN))), "without an iam:PassedToService condition")
                .fails("hidden in iam:*", f -> f.get("deploy-policy").in("policy", GoodStack.policy(Json.object("Effect", "Allow",
                        "Action", "iam:*", "Resource", "arn:aws:iam::123456789012:role/*"))), "passes any role")
                .done();
        rule("iam.github-oidc-trust")
                .fails("every repository of the owner", f -> f.get("deploy-role").in("assumeRolePolicy", githubTrust("repo:acme/*")),
                        "trusts subject repo:acme/*")
                .fails("every branch", f -> f.get("deploy-role").in("assumeRolePolicy", githubTrust("repo:acme/shop:*")),
                        "trusts subject repo:acme/shop:*")
                .fails("no subject at all", f -> f.get("deploy-role").in("assumeRolePolicy", GoodStack.trust(
                        Map.of("Federated", "arn:aws:iam::123456789012:oidc-provider/" + GITHUB), "sts:AssumeRoleWithWebIdentity",
                        Map.of("StringEquals", Map.of(GITHUB + ":aud", "sts.amazonaws.com")))), "trusts every repository on GitHub")
                .passes("a GitHub environment", f -> f.get("deploy-role").in("assumeRolePolicy", githubTrust("repo:acme/shop:environment:production")))
                .fails("pull requests trusted by a role that can deploy", f -> f.get("deploy-role").in("assumeRolePolicy",
                        githubTrust("repo:acme/shop:pull_request")), "pull requests only for a role that can only read")
                .passes("pull requests trusted by a role that can only read", f -> {
                    f.get("deploy-role").in("assumeRolePolicy", githubTrust("repo:acme/shop:pull_request"));
                    f.get("deploy-policy").in("policy", GoodStack.policy(Json.object("Effect", "Allow",
                            "Action", List.of("ec2:Describe*", "rds:Describe*"), "Resource", "*")));
                })
                .done();

        // Safekeeping and secrets
        productionRule("stateful.kept-in-production")
                .fails("an unprotected database", f -> db(f).unprotected(), "is not protected: pulumi destroy would delete it")
                .fails("a bucket emptied on delete", f -> f.get("documents-bucket").in("forceDestroy", true), "forceDestroy would empty it")
                .fails("no final snapshot", f -> db(f).in("skipFinalSnapshot", true), "would take no final snapshot")
                .fails("backups deleted with the instance", f -> db(f).without("deleteAutomatedBackups"), "would delete its automated backups")
                .fails("a key deleted within a week", f -> f.get("alarms-key").in("deletionWindowInDays", 7L), "deletionWindowInDays is 7")
                .fails("a secret deleted at once", f -> f.get("secrets-openai").in("recoveryWindowInDays", 0L), "deleted without recovery")
                .fails("a repository not retained", f -> f.get("app-repository").unretained(), "is not retained")
                .done();
        rule("secrets.managed-or-rotated")
                .fails("a value set by the program", f -> f.add("aws:secretsmanager/secretVersion:SecretVersion", "secrets-openai-value", "v1")
                        .in("secretId", GoodStack.SECRET_ARN).in("secretString", "[secret]"), "its value is set by the program and never rotated")
                .fails("a master password from config", f -> db(f).in("manageMasterUserPassword", false).in("password", "[secret]"),
                        "not managed and rotated by RDS")
                .passes("a value set here but rotated", f -> {
                    f.add("aws:secretsmanager/secretVersion:SecretVersion", "secrets-openai-value", "v1").in("secretId", GoodStack.SECRET_ARN);
                    f.add("aws:secretsmanager/secretRotation:SecretRotation", "secrets-openai-rotation", "rot1").in("secretId", GoodStack.SECRET_ARN);
                })
                .done();
    }

    static {
        // Tenancy: stacks sharing a VPC (ADR 0023). "sg-owner-*" are another stack's groups: not in this plan.
        rule("network.database-groups-own")
                .fails("the database in the owner's database group", f -> db(f).in("vpcSecurityGroupIds", List.of("sg-owner-db")),
                        "is in sg-owner-db, a security group this stack's plan does not create")
                .fails("the database group admits the owner's tasks", f -> GoodStack.ingress(f, "db-from-owner", "sg-db", 5432)
                        .in("referencedSecurityGroupId", "sg-owner-app"), "admits sg-owner-app to the database's group, which this stack's plan does not create")
                .fails("the database group admits a group no task runs in", f -> GoodStack.ingress(f, "db-from-alb", "sg-db", 5432)
                        .in("referencedSecurityGroupId", "sg-alb"), "admits sg-alb to the database's group, which none of this stack's tasks run in")
                .fails("the database group admits the VPC's range", f -> GoodStack.ingress(f, "db-from-vpc", "sg-db", 5432)
                        .in("cidrIpv4", "10.0.0.0/16"), "admits address ranges [10.0.0.0/16]")
                .passes("a second task group of its own admitted", f -> {
                    f.add(AwsTypes.EC2_SECURITY_GROUP, "worker-sg", "sg-worker").in("vpcId", "vpc-1").in("description", "Workers");
                    f.get("app-service").in("networkConfiguration.securityGroups", List.of("sg-app", "sg-worker"));
                    GoodStack.ingress(f, "db-from-worker", "sg-db", 5432).in("referencedSecurityGroupId", "sg-worker");
                })
                .done();
        rule("network.task-groups-own")
                .fails("tasks in the owner's app group", f -> f.get("app-service").in("networkConfiguration.securityGroups", List.of("sg-owner-app")),
                        "runs its tasks in sg-owner-app, a security group this stack's plan does not create")
                .fails("the migration task in the owner's app group", f -> f.stackOutput("service.taskSecurityGroupId", "sg-owner-app"),
                        "its migration task runs in sg-owner-app (stack output service.taskSecurityGroupId)")
                .passes("the migration task in a group of its own, created here", f -> {
                    f.add(AwsTypes.EC2_SECURITY_GROUP, "migration-sg", "sg-migration").in("vpcId", "vpc-1").in("description", "Migrations");
                    f.stackOutput("service.taskSecurityGroupId", "sg-migration");
                })
                .done();
        rule("network.other-stacks-groups-egress-only")
                .fails("an ingress rule into the owner's database group", f -> GoodStack.ingress(f, "owner-db-from-app", "sg-owner-db", 5432)
                        .in("referencedSecurityGroupId", "sg-app"), "writes an ingress rule for tcp/5432 into sg-owner-db")
                .fails("an egress rule from the owner's group to an address range", f -> f.add(AwsTypes.VPC_SECURITY_GROUP_EGRESS_RULE,
                                "owner-alb-out", "sgr-e2").in("securityGroupId", "sg-owner-alb").in("ipProtocol", "tcp").in("fromPort", 443L)
                        .in("toPort", 443L).in("cidrIpv4", "0.0.0.0/0").in("description", "out"),
                        "writes an egress rule for tcp/443 into sg-owner-alb")
                .fails("an egress rule from the owner's group to a group no task runs in", f -> f.add(AwsTypes.VPC_SECURITY_GROUP_EGRESS_RULE,
                                "owner-alb-to-db", "sgr-e3").in("securityGroupId", "sg-owner-alb").in("ipProtocol", "tcp").in("fromPort", 5432L)
                        .in("toPort", 5432L).in("referencedSecurityGroupId", "sg-db").in("description", "to db"),
                        "only egress to this stack's own task groups may be")
                .passes("the adopter's one rule: the owner's load balancer to its own tasks", f -> f.add(AwsTypes.VPC_SECURITY_GROUP_EGRESS_RULE,
                                "groups-alb-to-app", "sgr-e4").in("securityGroupId", "sg-owner-alb").in("ipProtocol", "tcp").in("fromPort", 8080L)
                        .in("toPort", 8080L).in("referencedSecurityGroupId", "sg-app").in("description", "to the tasks"))
                .done();
    }

    static {
        // Audit: the good stack has no trail of its own (staging's default); these start from one that passes.
        new Builder("cloudtrail.all-regions", RuleExamples::withTrail)
                .fails("one region", f -> f.get("audit-trail").in("isMultiRegionTrail", false), "isMultiRegionTrail is not true")
                .fails("without global services", f -> f.get("audit-trail").in("includeGlobalServiceEvents", false),
                        "includeGlobalServiceEvents is false")
                .passes("global services by default", f -> f.get("audit-trail").without("includeGlobalServiceEvents"))
                .done();
        new Builder("cloudtrail.log-validation", RuleExamples::withTrail)
                .fails("no validation", f -> f.get("audit-trail").in("enableLogFileValidation", false), "enableLogFileValidation is not true")
                .fails("validation left to its default (off)", f -> f.get("audit-trail").without("enableLogFileValidation"),
                        "enableLogFileValidation is not true")
                .done();
    }

    /** Production's good stack with the trail webstack creates. */
    private static PlanFixture withTrail() {
        var f = GoodStack.production();
        f.add("aws:cloudtrail/trail:Trail", "audit-trail", "webstack-production-audit").in("name", "webstack-production-audit")
                .in("s3BucketName", "webstack-production-audit-123456789012").in("isMultiRegionTrail", true)
                .in("includeGlobalServiceEvents", true).in("enableLogFileValidation", true);
        return f;
    }

    /** The good web ACL's rules less the one named. */
    private static List<Map<String, Object>> withoutRule(String name) {
        return GoodStack.webAclRules().stream().filter(r -> !name.equals(r.get("name"))).toList();
    }

    /** The good web ACL's rules and one more. */
    private static List<Map<String, Object>> withRule(Map<String, Object> rule) {
        var rules = new ArrayList<>(GoodStack.webAclRules());
        rules.add(rule);
        return rules;
    }

    private static String githubTrust(String subject) {
        return GoodStack.trust(Map.of("Federated", "arn:aws:iam::123456789012:oidc-provider/" + GITHUB), "sts:AssumeRoleWithWebIdentity",
                Map.of("StringEquals", Map.of(GITHUB + ":aud", "sts.amazonaws.com"), "StringLike", Map.of(GITHUB + ":sub", subject)));
    }
}
