package dev.webstack.cli;

import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.aws.AwsTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The one line about a resource a reviewer wants in the plan: its range, route or rule. */
final class ResourceSummaries {

    private final Plan plan;

    ResourceSummaries(Plan plan) {
        this.plan = plan;
    }

    String of(PlannedResource r) {
        return specific(r).orElseGet(() -> r.input("name").map(String::valueOf).orElse(""));
    }

    /** The summary written for the resource's type; empty for a type this class does not know, which shows only its name. */
    Optional<String> specific(PlannedResource r) {
        return Optional.ofNullable(switch (r.type()) {
            case AwsTypes.PULUMI_STACK_REFERENCE -> "reads the outputs of stack " + r.input("name").orElse("?");
            case AwsTypes.PULUMI_AWS_PROVIDER -> "region " + r.input("region").orElse("?") + ", default tags on every resource";
            case AwsTypes.EC2_VPC -> text(r, "cidrBlock");
            case AwsTypes.EC2_SUBNET -> text(r, "cidrBlock") + " in " + text(r, "availabilityZone")
                    + (Boolean.TRUE.equals(r.input("mapPublicIpOnLaunch").orElse(false)) ? ", public IPs on launch" : "");
            case AwsTypes.EC2_INTERNET_GATEWAY -> "attached to " + nameOf(r, "vpcId");
            case AwsTypes.EC2_ROUTE_TABLE -> routesOf(r);
            case AwsTypes.EC2_ROUTE -> text(r, "destinationCidrBlock") + " -> " + target(r) + " in " + nameOf(r, "routeTableId");
            case AwsTypes.EC2_ROUTE_TABLE_ASSOCIATION -> nameOf(r, "subnetId") + " -> " + nameOf(r, "routeTableId");
            case AwsTypes.EC2_VPC_ENDPOINT -> text(r, "serviceName") + " (" + r.input("vpcEndpointType").orElse("Interface")
                    + ") on " + r.inputList("routeTableIds").stream().map(id -> name(String.valueOf(id))).collect(Collectors.joining(", "));
            case AwsTypes.EC2_DEFAULT_SECURITY_GROUP -> "default group of " + nameOf(r, "vpcId")
                    + (r.inputList("ingress").isEmpty() && r.inputList("egress").isEmpty() ? ", every rule removed" : ", has rules");
            case AwsTypes.EC2_SECURITY_GROUP -> text(r, "name");
            case AwsTypes.VPC_SECURITY_GROUP_INGRESS_RULE -> nameOf(r, "securityGroupId") + " <- " + port(r) + " from " + peer(r);
            case AwsTypes.VPC_SECURITY_GROUP_EGRESS_RULE -> nameOf(r, "securityGroupId") + " -> " + port(r) + " to " + peer(r);
            case AwsTypes.EC2_FLOW_LOG -> r.input("trafficType").orElse("?") + " traffic to " + nameOf(r, "logDestination");
            case AwsTypes.CLOUDWATCH_LOG_GROUP -> text(r, "name") + ", kept " + r.input("retentionInDays").map(d -> d + " days").orElse("forever");
            case AwsTypes.IAM_ROLE -> text(r, "name");
            case AwsTypes.IAM_ROLE_POLICY -> r.input("name").orElse("inline") + " on " + nameOf(r, "role");
            case AwsTypes.IAM_ROLE_POLICY_ATTACHMENT -> text(r, "policyArn").replaceAll(".*:policy/", "") + " on " + text(r, "role");
            case AwsTypes.IAM_USER_POLICY -> r.input("name").orElse("inline") + " on " + text(r, "user");
            case AwsTypes.IAM_ACCESS_KEY -> "access key of " + text(r, "user") + ", secret kept only as a secret";
            case AwsTypes.RDS_INSTANCE -> database(r);
            case AwsTypes.RDS_PARAMETER_GROUP -> text(r, "name") + ": " + r.inputList("parameters").stream()
                    .map(p -> ((Map<?, ?>) p).get("name") + "=" + ((Map<?, ?>) p).get("value"))
                    .collect(Collectors.joining(", "));
            case AwsTypes.RDS_SUBNET_GROUP -> text(r, "name") + " on " + r.inputList("subnetIds").stream()
                    .map(id -> name(String.valueOf(id))).collect(Collectors.joining(", "));
            case AwsTypes.S3_BUCKET_V2 -> text(r, "bucket") + (Boolean.TRUE.equals(r.input("forceDestroy").orElse(false)) ? ", emptied on delete" : "");
            case AwsTypes.S3_BUCKET_PUBLIC_ACCESS_BLOCK -> List.of("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls",
                    "restrictPublicBuckets").stream().allMatch(k -> Boolean.TRUE.equals(r.input(k).orElse(false)))
                    ? "all four public access blocks on" : "PUBLIC ACCESS PARTLY ALLOWED";
            case AwsTypes.S3_BUCKET_OWNERSHIP_CONTROLS -> String.valueOf(r.input("rule.objectOwnership").orElse("?"));
            case AwsTypes.S3_BUCKET_SERVER_SIDE_ENCRYPTION_CONFIGURATION_V2 ->
                    "default encryption " + r.input("rules[0].applyServerSideEncryptionByDefault.sseAlgorithm").orElse("?");
            case AwsTypes.S3_BUCKET_VERSIONING_V2 -> "versioning " + r.input("versioningConfiguration.status").orElse("?");
            case AwsTypes.S3_BUCKET_LIFECYCLE_CONFIGURATION_V2 -> r.inputList("rules").stream()
                    .map(rule -> String.valueOf(((Map<?, ?>) rule).get("id"))).collect(Collectors.joining(", "));
            case AwsTypes.S3_BUCKET_CORS_CONFIGURATION_V2 -> "CORS for " + r.input("corsRules[0].allowedOrigins").orElse("?");
            case AwsTypes.S3_BUCKET_POLICY -> policyStatements(text(r, "policy"));
            case AwsTypes.SECRETSMANAGER_SECRET -> text(r, "name");
            case AwsTypes.SSM_PARAMETER -> text(r, "name") + " (" + r.input("type").orElse("String") + ")";
            case AwsTypes.LB_LOAD_BALANCER -> text(r, "name") + (Boolean.TRUE.equals(r.input("internal").orElse(false)) ? ", internal" : ", internet-facing")
                    + (Boolean.TRUE.equals(r.input("dropInvalidHeaderFields").orElse(false)) ? ", drops invalid headers" : "")
                    + ", desync " + r.input("desyncMitigationMode").orElse("defensive")
                    + (Boolean.TRUE.equals(r.input("enableDeletionProtection").orElse(false)) ? ", deletion protection" : "")
                    + (Boolean.TRUE.equals(r.input("accessLogs.enabled").orElse(false)) ? ", access logs to " + r.input("accessLogs.bucket").orElse("?") : "");
            case AwsTypes.LB_TARGET_GROUP -> text(r, "name") + ": " + text(r, "protocol") + " " + text(r, "port")
                    + " to " + text(r, "targetType") + " targets, health " + r.input("healthCheck.path").orElse("?")
                    + " expects " + r.input("healthCheck.matcher").orElse("?");
            case AwsTypes.LB_LISTENER -> text(r, "protocol") + " " + text(r, "port") + " -> " + action(r.input("defaultActions[0]").orElse(null))
                    + r.input("sslPolicy").map(p -> ", " + p).orElse("");
            case AwsTypes.LB_LISTENER_RULE -> "if " + r.input("conditions[0].httpHeader.httpHeaderName").orElse("?") + " = "
                    + r.input("conditions[0].httpHeader.values").orElse("?") + " -> " + action(r.input("actions[0]").orElse(null));
            case AwsTypes.CLOUDFRONT_DISTRIBUTION -> distribution(r);
            case AwsTypes.CLOUDFRONT_VPC_ORIGIN -> "into the VPC to " + name(String.valueOf(r.input("vpcOriginEndpointConfig.arn").orElse("?")))
                    + ", " + r.input("vpcOriginEndpointConfig.originProtocolPolicy").orElse("?");
            case AwsTypes.CLOUDFRONT_RESPONSE_HEADERS_POLICY -> text(r, "name") + ": HSTS "
                    + r.input("securityHeadersConfig.strictTransportSecurity.accessControlMaxAgeSec").orElse("?") + "s, frame "
                    + r.input("securityHeadersConfig.frameOptions.frameOption").orElse("?") + ", nosniff, referrer "
                    + r.input("securityHeadersConfig.referrerPolicy.referrerPolicy").orElse("?");
            case AwsTypes.CLOUDWATCH_LOG_DELIVERY_SOURCE -> text(r, "logType") + " of " + nameOf(r, "resourceArn");
            case AwsTypes.CLOUDWATCH_LOG_DELIVERY_DESTINATION -> "to " + r.input("deliveryDestinationConfiguration.destinationResourceArn").orElse("?");
            case AwsTypes.CLOUDWATCH_LOG_DELIVERY -> text(r, "deliverySourceName") + " -> " + nameOf(r, "deliveryDestinationArn");
            case AwsTypes.WAFV2_WEB_ACL -> text(r, "scope") + " in " + String.valueOf(r.output("arn").orElse("arn:?:?:?")).split(":")[3]
                    + ", default " + (r.input("defaultAction.allow").isPresent() ? "allow" : "block") + ", rules "
                    + r.inputList("rules").stream().map(rule -> String.valueOf(((Map<?, ?>) rule).get("name"))).collect(Collectors.joining(", "));
            case AwsTypes.WAFV2_WEB_ACL_ASSOCIATION -> nameOf(r, "webAclArn") + " on " + nameOf(r, "resourceArn");
            case AwsTypes.WAFV2_WEB_ACL_LOGGING_CONFIGURATION -> "logs of " + nameOf(r, "resourceArn") + " to "
                    + r.inputList("logDestinationConfigs").stream().map(d -> name(String.valueOf(d))).collect(Collectors.joining(", "))
                    + ", redacting " + r.inputList("redactedFields").stream()
                            .map(f -> ((Map<?, ?>) f).containsKey("singleHeader")
                                    ? String.valueOf(((Map<?, ?>) ((Map<?, ?>) f).get("singleHeader")).get("name"))
                                    : String.valueOf(f)).toList();
            case AwsTypes.ACM_CERTIFICATE -> text(r, "domainName") + ", validated by " + text(r, "validationMethod")
                    + " in " + String.valueOf(r.output("arn").orElse("")).split(":")[3];
            case AwsTypes.ACM_CERTIFICATE_VALIDATION -> "waits for " + nameOf(r, "certificateArn");
            case AwsTypes.ECR_REPOSITORY -> text(r, "name") + ", tags " + text(r, "imageTagMutability").toLowerCase()
                    + (Boolean.TRUE.equals(r.input("imageScanningConfiguration.scanOnPush").orElse(false)) ? ", scanned on push" : ", NOT SCANNED")
                    + ", " + r.input("encryptionConfigurations[0].encryptionType").orElse("AES256");
            case AwsTypes.ECR_LIFECYCLE_POLICY -> ((List<?>) dev.webstack.plan.json.Json.parseObject(text(r, "policy")).get("rules"))
                    .stream().map(rule -> String.valueOf(((Map<?, ?>) rule).get("description"))).collect(Collectors.joining("; "));
            case AwsTypes.ECS_CLUSTER -> text(r, "name") + ", Container Insights " + r.input("settings[0].value").orElse("?");
            case AwsTypes.ECS_CLUSTER_CAPACITY_PROVIDERS -> "default " + r.input("defaultCapacityProviderStrategies[0].capacityProvider").orElse("?");
            case AwsTypes.ECS_TASK_DEFINITION -> taskDefinition(r);
            case AwsTypes.ECS_SERVICE -> text(r, "name") + ": " + text(r, "desiredCount") + " task(s) on "
                    + r.input("capacityProviderStrategies[0].capacityProvider").orElse("FARGATE")
                    + (Boolean.TRUE.equals(r.input("networkConfiguration.assignPublicIp").orElse(false)) ? ", public IP" : "")
                    + ", behind " + name(String.valueOf(r.input("loadBalancers[0].targetGroupArn").orElse("?")))
                    + (Boolean.TRUE.equals(r.input("deploymentCircuitBreaker.rollback").orElse(false)) ? ", rolls back failed deployments" : "");
            case AwsTypes.APPAUTOSCALING_TARGET -> text(r, "resourceId") + ", " + text(r, "minCapacity") + "-" + text(r, "maxCapacity") + " tasks";
            case AwsTypes.APPAUTOSCALING_POLICY -> r.input("targetTrackingScalingPolicyConfiguration.predefinedMetricSpecification.predefinedMetricType")
                    .orElse("?") + " at " + r.input("targetTrackingScalingPolicyConfiguration.targetValue").orElse("?") + "%";
            case AwsTypes.APPAUTOSCALING_SCHEDULED_ACTION -> text(r, "schedule") + " " + r.input("timezone").orElse("UTC")
                    + " -> " + r.input("scalableTargetAction.minCapacity").orElse("?") + "-" + r.input("scalableTargetAction.maxCapacity").orElse("?") + " tasks";
            case AwsTypes.SCHEDULER_SCHEDULE_GROUP -> text(r, "name");
            case AwsTypes.SCHEDULER_SCHEDULE -> text(r, "scheduleExpression") + " " + r.input("scheduleExpressionTimezone").orElse("UTC")
                    + " -> " + text(r, "target.arn").replaceFirst("^arn:aws:scheduler:::aws-sdk:", "") + " " + text(r, "target.input");
            case AwsTypes.CLOUDWATCH_METRIC_ALARM -> alarm(r);
            case AwsTypes.CLOUDWATCH_DASHBOARD -> text(r, "dashboardName") + ", "
                    + ((List<?>) dev.webstack.plan.json.Json.parseObject(text(r, "dashboardBody")).get("widgets")).size() + " widgets";
            case AwsTypes.CLOUDWATCH_EVENT_RULE -> text(r, "name") + ": " + r.input("description").orElse("");
            case AwsTypes.CLOUDWATCH_EVENT_TARGET -> text(r, "rule") + " -> " + nameOf(r, "arn");
            case AwsTypes.KMS_KEY -> "rotation " + (Boolean.TRUE.equals(r.input("enableKeyRotation").orElse(false)) ? "on" : "OFF")
                    + ", deleted " + r.input("deletionWindowInDays").orElse(30) + " days after scheduling";
            case AwsTypes.KMS_ALIAS -> text(r, "name") + " -> " + nameOf(r, "targetKeyId");
            case AwsTypes.SNS_TOPIC -> text(r, "name") + ", encrypted with " + nameOf(r, "kmsMasterKeyId");
            case AwsTypes.SNS_TOPIC_POLICY -> policyStatements(text(r, "policy"));
            case AwsTypes.SNS_TOPIC_SUBSCRIPTION -> text(r, "protocol") + " -> " + nameOf(r, "endpoint");
            case AwsTypes.LAMBDA_FUNCTION -> text(r, "name") + ": " + text(r, "runtime") + " " + r.input("architectures[0]").orElse("x86_64")
                    + ", " + text(r, "handler") + ", " + text(r, "memorySize") + " MB, code " + text(r, "code");
            case AwsTypes.LAMBDA_PERMISSION -> text(r, "principal") + " may invoke " + text(r, "function")
                    + r.input("sourceArn").map(a -> " from " + name(String.valueOf(a))).orElse("");
            case AwsTypes.LAMBDA_FUNCTION_EVENT_INVOKE_CONFIG -> text(r, "functionName") + ": " + r.input("maximumRetryAttempts").orElse(2)
                    + " retries, then " + r.input("destinationConfig.onFailure.destination").map(d -> name(String.valueOf(d))).orElse("dropped");
            case AwsTypes.SQS_QUEUE -> text(r, "name") + ", kept " + r.input("messageRetentionSeconds").map(s -> ((Number) s).longValue() / 86400)
                    .orElse(4L) + " days, " + (Boolean.TRUE.equals(r.input("sqsManagedSseEnabled").orElse(false)) ? "SSE-SQS"
                    : r.input("kmsMasterKeyId").map(k -> "encrypted with " + name(String.valueOf(k))).orElse("UNENCRYPTED"));
            case AwsTypes.ROUTE53_RECORD -> text(r, "type") + " " + text(r, "name")
                    + r.input("aliases[0].name").map(a -> " alias " + name(String.valueOf(a))).orElse(" " + r.input("records").orElse(""));
            case AwsTypes.CLOUDWATCH_LOG_METRIC_FILTER -> text(r, "name") + ": " + text(r, "pattern") + " -> "
                    + r.input("metricTransformation").map(t -> ((Map<?, ?>) t).get("namespace") + " "
                            + ((Map<?, ?>) t).get("name")).orElse("?");
            case AwsTypes.ROUTE53_HEALTH_CHECK -> text(r, "type") + " " + r.input("fqdn").orElse("?") + r.input("resourcePath").orElse("")
                    + " every " + r.input("requestInterval").orElse(30) + " s, unhealthy after " + r.input("failureThreshold").orElse(3)
                    + " failures";
            case AwsTypes.CLOUDTRAIL_TRAIL -> trail(r);
            case AwsTypes.BUDGETS_BUDGET -> budget(r);
            default -> null;
        });
    }

    private String action(Object action) {
        if (!(action instanceof Map<?, ?> map)) {
            return "?";
        }
        return switch (String.valueOf(map.get("type"))) {
            case "forward" -> "forward to " + name(String.valueOf(map.get("targetGroupArn")));
            case "fixed-response" -> "fixed " + ((Map<?, ?>) map.get("fixedResponse")).get("statusCode");
            case "redirect" -> "redirect to " + ((Map<?, ?>) map.get("redirect")).get("protocol");
            default -> String.valueOf(map.get("type"));
        };
    }

    private String distribution(PlannedResource r) {
        var aliases = r.inputList("aliases");
        var vpcOrigin = r.input("origins[0].vpcOriginConfig.vpcOriginId").map(String::valueOf);
        var how = vpcOrigin.map(id -> "through " + name(id) + ", read timeout " + r.input("origins[0].vpcOriginConfig.originReadTimeout").orElse("?")
                        + "s, keep-alive " + r.input("origins[0].vpcOriginConfig.originKeepaliveTimeout").orElse("?") + "s")
                .orElseGet(() -> String.valueOf(r.input("origins[0].customOriginConfig.originProtocolPolicy").orElse("?")) + ", over the internet");
        return (aliases.isEmpty() ? "" : aliases + ", ") + "origin " + name(String.valueOf(r.input("origins[0].domainName").orElse("?")))
                + " (" + how + ")"
                + (r.input("origins[0].customHeaders[0].name").map(h -> " with " + h).orElse(""))
                + ", cached " + r.inputList("orderedCacheBehaviors").stream()
                        .map(b -> String.valueOf(((Map<?, ?>) b).get("pathPattern"))).toList()
                + ", " + text(r, "priceClass") + ", " + text(r, "httpVersion");
    }

    private static String trail(PlannedResource r) {
        return text(r, "name") + " -> " + text(r, "s3BucketName")
                + (Boolean.TRUE.equals(r.input("isMultiRegionTrail").orElse(false)) ? ", all regions" : ", ONE region")
                + (Boolean.TRUE.equals(r.input("includeGlobalServiceEvents").orElse(true)) ? ", global services" : "")
                + (Boolean.TRUE.equals(r.input("enableLogFileValidation").orElse(false)) ? ", log file validation" : ", NO log file validation");
    }

    /** The limit, what it counts, and at which share of it whom it tells. */
    private String budget(PlannedResource r) {
        var filters = r.inputList("costFilters").stream().map(f -> (Map<?, ?>) f)
                .map(f -> f.get("name") + "=" + f.get("values")).toList();
        var notifications = r.inputList("notifications").stream().map(n -> (Map<?, ?>) n)
                .map(n -> n.get("notificationType") + " > " + ((Number) n.get("threshold")).intValue() + "% -> "
                        + String.join(", ", Stream.concat(
                                listOf(n.get("subscriberSnsTopicArns")).stream().map(a -> name(String.valueOf(a))),
                                listOf(n.get("subscriberEmailAddresses")).stream().map(String::valueOf)).toList()))
                .toList();
        return text(r, "name") + ": " + text(r, "limitAmount") + " " + text(r, "limitUnit") + " " + text(r, "timeUnit").toLowerCase()
                + (filters.isEmpty() ? ", the whole account" : " of " + String.join(", ", filters)) + "; " + String.join("; ", notifications);
    }

    private static List<?> listOf(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    private static String alarm(PlannedResource r) {
        var condition = r.input("metricName").isPresent()
                ? r.input("namespace").orElse("?") + " " + text(r, "metricName") + " " + text(r, "statistic")
                : "math " + r.inputList("metricQueries").stream().map(q -> (Map<?, ?>) q)
                        .filter(q -> Boolean.TRUE.equals(q.get("returnData"))).map(q -> String.valueOf(q.get("label")))
                        .findFirst().orElse("?");
        var operator = switch (text(r, "comparisonOperator")) {
            case "GreaterThanThreshold" -> ">";
            case "GreaterThanOrEqualToThreshold" -> ">=";
            case "LessThanThreshold" -> "<";
            default -> "<=";
        };
        var period = r.input("period").or(() -> r.inputList("metricQueries").stream().map(q -> (Map<?, ?>) q)
                        .map(q -> q.get("metric")).filter(Map.class::isInstance).map(m -> ((Map<?, ?>) m).get("period"))
                        .filter(Objects::nonNull).findFirst())
                .map(p -> "x" + p + "s").orElse("");
        return text(r, "name") + ": " + condition + " " + operator + " " + threshold(r) + " for " + text(r, "evaluationPeriods")
                + period + ", missing data " + r.input("treatMissingData").orElse("missing");
    }

    /** Byte thresholds (free storage) read in GiB. */
    private static String threshold(PlannedResource r) {
        var value = r.input("threshold").filter(Number.class::isInstance).map(n -> ((Number) n).doubleValue());
        var gib = 1024.0 * 1024 * 1024;
        if (value.isPresent() && value.get() >= gib && value.get() % gib == 0) {
            return (long) (value.get() / gib) + " GiB";
        }
        return text(r, "threshold");
    }

    /**
     * The image without its registry: the repository path of a private ECR image (a repository another stack holds
     * for this one is `<owner>/<stack>`, ADR 0025), the last segment of a public one.
     */
    private static String shortImage(String image) {
        return image.contains(".dkr.ecr.") ? image.substring(image.indexOf('/') + 1) : image.replaceAll(".*/", "");
    }

    private static String taskDefinition(PlannedResource r) {
        var containers = (List<?>) dev.webstack.plan.json.Json.parse(text(r, "containerDefinitions"));
        var described = containers.stream().map(c -> (Map<?, ?>) c)
                .map(c -> c.get("name") + " " + shortImage(String.valueOf(c.get("image")))
                        + (!c.containsKey("command") ? "" : Boolean.FALSE.equals(c.get("essential")) ? " (init)" : " " + c.get("command"))
                        + databaseLogin(c))
                .collect(Collectors.joining("; "));
        return text(r, "family") + ": " + text(r, "cpu") + " CPU / " + text(r, "memory") + " MiB "
                + r.input("runtimePlatform.cpuArchitecture").orElse("X86_64") + ", " + described;
    }

    /**
     * Which database credential a container reads (ADR 0018): the secret its DATABASE_URL comes
     * from, and whether it reads the RDS-managed master secret (named {@code rds!...} by RDS).
     */
    private static String databaseLogin(Map<?, ?> container) {
        var secrets = container.get("secrets") instanceof List<?> l ? l : List.of();
        var parts = new ArrayList<String>();
        for (var entry : secrets) {
            var secret = (Map<?, ?>) entry;
            var from = String.valueOf(secret.get("valueFrom"));
            if ("DATABASE_URL".equals(secret.get("name"))) {
                parts.add("DATABASE_URL from " + from.replaceAll("^.*:secret:(.*)-[A-Za-z0-9]{6}(:.*)?$", "$1"));
            }
        }
        if (secrets.stream().anyMatch(e -> String.valueOf(((Map<?, ?>) e).get("valueFrom")).contains(":secret:rds!"))) {
            parts.add("reads the RDS master secret");
        }
        if (container.get("dependsOn") instanceof List<?> after && !after.isEmpty()) {
            parts.add("after " + after.stream().map(d -> String.valueOf(((Map<?, ?>) d).get("containerName"))
                    + " " + ((Map<?, ?>) d).get("condition")).collect(Collectors.joining(", ")));
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private String database(PlannedResource r) {
        return "postgres " + text(r, "engineVersion") + " on " + text(r, "instanceClass") + ", "
                + text(r, "allocatedStorage") + "-" + text(r, "maxAllocatedStorage") + " GB " + text(r, "storageType") + ", "
                + (Boolean.TRUE.equals(r.input("multiAz").orElse(false)) ? "Multi-AZ" : "single-AZ") + ", backups "
                + text(r, "backupRetentionPeriod") + " days"
                + (Boolean.TRUE.equals(r.input("storageEncrypted").orElse(false)) ? ", encrypted" : ", UNENCRYPTED")
                + (Boolean.TRUE.equals(r.input("publiclyAccessible").orElse(false)) ? ", PUBLIC" : ", private");
    }

    /** "Deny s3:* if aws:SecureTransport=false": effect, actions and conditions of each statement. */
    private static String policyStatements(String json) {
        var statements = (List<?>) dev.webstack.plan.json.Json.parseObject(json).get("Statement");
        return statements.stream().map(item -> {
            var statement = (Map<?, ?>) item;
            var text = statement.get("Effect") + " " + statement.get("Action") + principal(statement.get("Principal"));
            if (statement.get("Condition") instanceof Map<?, ?> conditions) {
                text += " if " + conditions.values().stream()
                        .flatMap(c -> ((Map<?, ?>) c).entrySet().stream())
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(", "));
            }
            return text;
        }).collect(Collectors.joining("; "));
    }

    private static String principal(Object principal) {
        if (principal == null) {
            return "";
        }
        if ("*".equals(principal)) {
            return " to anyone";
        }
        return " to " + ((Map<?, ?>) principal).values().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private String routesOf(PlannedResource table) {
        List<String> routes = plan.ofType(AwsTypes.EC2_ROUTE).stream()
                .filter(route -> table.id().equals(route.input("routeTableId").orElse(null)))
                .map(route -> text(route, "destinationCidrBlock") + " -> " + target(route))
                .toList();
        return routes.isEmpty() ? "local routes only, no way out of the VPC" : String.join(", ", routes);
    }

    private String target(PlannedResource route) {
        for (var key : List.of("gatewayId", "natGatewayId", "transitGatewayId", "vpcPeeringConnectionId", "networkInterfaceId")) {
            var value = route.input(key);
            if (value.isPresent()) {
                return name(String.valueOf(value.get()));
            }
        }
        return "?";
    }

    private String port(PlannedResource rule) {
        var protocol = text(rule, "ipProtocol");
        var from = rule.input("fromPort").orElse("all");
        var to = rule.input("toPort").orElse(from);
        return protocol + "/" + (from.equals(to) ? from : from + "-" + to);
    }

    private String peer(PlannedResource rule) {
        if (rule.input("referencedSecurityGroupId").isPresent()) {
            var group = nameOf(rule, "referencedSecurityGroupId");
            // A group outside the plan, looked up by name: the description names it (CloudFront's VPC-origin group).
            return group.startsWith("sg-") && text(rule, "description").contains("(") ? group + " " + text(rule, "description") : group;
        }
        if (rule.input("prefixListId").isPresent()) {
            return "prefix list " + text(rule, "prefixListId");
        }
        return rule.input("cidrIpv4").or(() -> rule.input("cidrIpv6")).map(String::valueOf).orElse("?");
    }

    private String nameOf(PlannedResource r, String key) {
        return r.input(key).map(v -> name(String.valueOf(v))).orElse("?");
    }

    /** A referenced resource by logical name when it is in the plan; ARNs and ids otherwise. */
    private String name(String idOrArn) {
        // An ARN names its resource; some resources (WAF logging) use another's ARN as their id.
        // A resource that takes "arn" as an input (an event target, a topic policy) refers to it; it does not own it.
        return plan.resources().stream().filter(p -> idOrArn.equals(p.output("arn").orElse(null)) && p.input("arn").isEmpty()).findFirst()
                .or(() -> plan.byId(idOrArn))
                .or(() -> plan.resources().stream().filter(p -> idOrArn.equals(p.output("dnsName").orElse(null))).findFirst())
                .map(PlannedResource::name)
                .orElse(idOrArn);
    }

    private static String text(PlannedResource r, String key) {
        return r.input(key).map(String::valueOf).orElse("?");
    }
}
