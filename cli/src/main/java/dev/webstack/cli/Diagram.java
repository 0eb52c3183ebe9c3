package dev.webstack.cli;

import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.plan.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Mermaid flowchart of a plan: components as boxes around their key resources, and the
 * traffic and data flows between them, each edge found in the recorded graph (an origin's
 * domain, a forward action, a security group rule, a role's policy), never drawn by hand.
 */
final class Diagram {

    /** Types shown one node per resource. Others of a component fold into one counted node or are left out. */
    private static final Map<String, String> SHOWN = new LinkedHashMap<>();

    static {
        SHOWN.put(AwsTypes.CLOUDFRONT_DISTRIBUTION, "CloudFront");
        SHOWN.put(AwsTypes.WAFV2_WEB_ACL, "WAF");
        SHOWN.put(AwsTypes.CLOUDFRONT_VPC_ORIGIN, "VPC origin");
        SHOWN.put(AwsTypes.LB_LOAD_BALANCER, "Load balancer");
        SHOWN.put(AwsTypes.ECS_SERVICE, "ECS service");
        SHOWN.put(AwsTypes.ECR_REPOSITORY, "ECR");
        SHOWN.put(AwsTypes.RDS_INSTANCE, "RDS");
        SHOWN.put(AwsTypes.S3_BUCKET_V2, "S3");
        SHOWN.put(AwsTypes.SNS_TOPIC, "SNS");
        SHOWN.put(AwsTypes.LAMBDA_FUNCTION, "Lambda");
        SHOWN.put(AwsTypes.CLOUDWATCH_EVENT_RULE, "EventBridge rule");
        SHOWN.put(AwsTypes.EC2_VPC, "VPC");
    }

    /** Types shown as one node per component, with their count. */
    private static final Map<String, String> COUNTED = Map.of(
            AwsTypes.SECRETSMANAGER_SECRET, "secret",
            AwsTypes.CLOUDWATCH_METRIC_ALARM, "alarm",
            AwsTypes.SCHEDULER_SCHEDULE, "schedule",
            AwsTypes.APPAUTOSCALING_SCHEDULED_ACTION, "scaling schedule",
            AwsTypes.EC2_SUBNET, "subnet");

    /** Types deliberately left out, each with the reason: a new type must be drawn, counted or listed here. */
    private static final Map<String, String> NOT_DRAWN = new LinkedHashMap<>();

    static {
        notDrawn("drawn as the edge it makes: a forward, a filter, an admitted port, a granted bucket, a delivery",
                AwsTypes.LB_LISTENER, AwsTypes.LB_LISTENER_RULE, AwsTypes.WAFV2_WEB_ACL_ASSOCIATION,
                AwsTypes.VPC_SECURITY_GROUP_INGRESS_RULE, AwsTypes.ECS_TASK_DEFINITION, AwsTypes.IAM_ROLE_POLICY,
                AwsTypes.CLOUDWATCH_EVENT_TARGET, AwsTypes.SNS_TOPIC_SUBSCRIPTION);
        notDrawn("the plumbing of the VPC drawn as one node", AwsTypes.EC2_INTERNET_GATEWAY, AwsTypes.EC2_ROUTE_TABLE,
                AwsTypes.EC2_ROUTE, AwsTypes.EC2_ROUTE_TABLE_ASSOCIATION, AwsTypes.EC2_VPC_ENDPOINT,
                AwsTypes.EC2_DEFAULT_SECURITY_GROUP, AwsTypes.EC2_SECURITY_GROUP, AwsTypes.VPC_SECURITY_GROUP_EGRESS_RULE,
                AwsTypes.EC2_FLOW_LOG);
        notDrawn("a setting of the bucket drawn as S3", AwsTypes.S3_BUCKET_PUBLIC_ACCESS_BLOCK, AwsTypes.S3_BUCKET_OWNERSHIP_CONTROLS,
                AwsTypes.S3_BUCKET_SERVER_SIDE_ENCRYPTION_CONFIGURATION_V2, AwsTypes.S3_BUCKET_VERSIONING_V2,
                AwsTypes.S3_BUCKET_LIFECYCLE_CONFIGURATION_V2, AwsTypes.S3_BUCKET_CORS_CONFIGURATION_V2, AwsTypes.S3_BUCKET_POLICY);
        notDrawn("a setting of the resource drawn for it", AwsTypes.ECR_LIFECYCLE_POLICY, AwsTypes.ECS_CLUSTER,
                AwsTypes.ECS_CLUSTER_CAPACITY_PROVIDERS, AwsTypes.APPAUTOSCALING_TARGET, AwsTypes.APPAUTOSCALING_POLICY,
                AwsTypes.LB_TARGET_GROUP, AwsTypes.RDS_SUBNET_GROUP, AwsTypes.RDS_PARAMETER_GROUP,
                AwsTypes.CLOUDFRONT_RESPONSE_HEADERS_POLICY, AwsTypes.WAFV2_WEB_ACL_LOGGING_CONFIGURATION, AwsTypes.SNS_TOPIC_POLICY,
                AwsTypes.LAMBDA_PERMISSION, AwsTypes.SCHEDULER_SCHEDULE_GROUP, AwsTypes.ACM_CERTIFICATE_VALIDATION);
        notDrawn("identities, credentials and keys: who may act, not where requests or data go", AwsTypes.IAM_ROLE,
                AwsTypes.IAM_ROLE_POLICY_ATTACHMENT, AwsTypes.IAM_POLICY, AwsTypes.IAM_OPEN_ID_CONNECT_PROVIDER, AwsTypes.IAM_USER,
                AwsTypes.IAM_USER_POLICY, AwsTypes.IAM_ACCESS_KEY, AwsTypes.SSM_PARAMETER, AwsTypes.KMS_KEY, AwsTypes.KMS_ALIAS);
        notDrawn("where the drawn resources report, beside the flows", AwsTypes.CLOUDWATCH_LOG_GROUP, AwsTypes.CLOUDWATCH_DASHBOARD);
        notDrawn("where the drawn Lambda keeps notifications it could not deliver, and the setting that sends them there: beside the flows",
                AwsTypes.SQS_QUEUE, AwsTypes.LAMBDA_FUNCTION_EVENT_INVOKE_CONFIG);
        notDrawn("the custom domain's name and certificate, served by the CloudFront node", AwsTypes.ACM_CERTIFICATE,
                AwsTypes.ROUTE53_RECORD);
        notDrawn("what the alarms read, beside the flows: a count of error log lines, an outside probe of the site",
                AwsTypes.CLOUDWATCH_LOG_METRIC_FILTER, AwsTypes.ROUTE53_HEALTH_CHECK);
        notDrawn("the CloudFront access logs' plumbing; the distribution is drawn", AwsTypes.CLOUDWATCH_LOG_DELIVERY_SOURCE,
                AwsTypes.CLOUDWATCH_LOG_DELIVERY_DESTINATION, AwsTypes.CLOUDWATCH_LOG_DELIVERY);
        notDrawn("the account's audit and billing, beside the application's flows (its log bucket is drawn as S3)",
                AwsTypes.CLOUDTRAIL_TRAIL, AwsTypes.BUDGETS_BUDGET);
    }

    private final Plan plan;
    private final StringBuilder text = new StringBuilder();
    private final Set<String> edges = new LinkedHashSet<>();

    private Diagram(Plan plan) {
        this.plan = plan;
    }

    static String mermaid(Plan plan) {
        return new Diagram(plan).render();
    }

    /** Whether the diagram knows the type: draws it, counts it or leaves it out for a stated reason. */
    static boolean knows(String type) {
        return SHOWN.containsKey(type) || COUNTED.containsKey(type) || NOT_DRAWN.containsKey(type);
    }

    private static void notDrawn(String reason, String... types) {
        for (var type : types) {
            if (NOT_DRAWN.put(type, reason) != null || SHOWN.containsKey(type) || COUNTED.containsKey(type)) {
                throw new IllegalStateException(type + " is listed twice");
            }
        }
    }

    private String render() {
        text.append("flowchart LR\n");
        text.append("  viewer([Viewer])\n");
        for (var component : BuildOrder.components(plan)) {
            component(component);
        }
        flows();
        edges.forEach(edge -> text.append("  ").append(edge).append('\n'));
        return text.toString();
    }

    private void component(PlannedResource component) {
        var members = members(component);
        if (members.isEmpty()) {
            return;
        }
        var kind = component.type().replaceAll(".*:", "");
        text.append("  subgraph ").append(id(kind + "-" + component.name())).append("[\"")
                .append(kind).append(" ").append(component.name()).append("\"]\n");
        for (var resource : members) {
            if (SHOWN.containsKey(resource.type())) {
                text.append("    ").append(id(resource.name())).append("[\"").append(SHOWN.get(resource.type())).append("<br/>")
                        .append(label(resource)).append("\"]\n");
            }
        }
        var counts = new LinkedHashMap<String, Integer>();
        members.stream().filter(r -> COUNTED.containsKey(r.type())).forEach(r -> counts.merge(r.type(), 1, Integer::sum));
        counts.forEach((type, count) -> text.append("    ").append(countedId(component, type)).append("[\"").append(count).append(" ")
                .append(COUNTED.get(type)).append(count == 1 ? "" : "s").append("\"]\n"));
        text.append("  end\n");
    }

    /** Cloud resources under a component, at any depth. */
    private List<PlannedResource> members(PlannedResource component) {
        return plan.cloudResources().stream()
                .filter(r -> plan.componentOf(r).map(c -> c.urn().equals(component.urn())).orElse(false))
                .toList();
    }

    private String label(PlannedResource resource) {
        return switch (resource.type()) {
            case AwsTypes.RDS_INSTANCE -> resource.inputText("instanceClass")
                    + (Boolean.TRUE.equals(resource.input("multiAz").orElse(false)) ? ", Multi-AZ" : ", single-AZ");
            case AwsTypes.ECS_SERVICE -> "Fargate" + (resource.inputList("capacityProviderStrategies").stream()
                    .anyMatch(s -> "FARGATE_SPOT".equals(((Map<?, ?>) s).get("capacityProvider"))) ? " Spot" : "");
            case AwsTypes.EC2_VPC -> resource.inputText("cidrBlock") + ", no NAT";
            case AwsTypes.CLOUDFRONT_VPC_ORIGIN -> String.valueOf(resource.input("vpcOriginEndpointConfig.originProtocolPolicy").orElse("?"));
            default -> resource.input("name").or(() -> resource.input("bucket")).map(String::valueOf).orElse(resource.name());
        };
    }

    private void flows() {
        for (var cdn : plan.ofType(AwsTypes.CLOUDFRONT_DISTRIBUTION)) {
            edge("viewer", "-->|HTTPS|", cdn.name());
            for (var origin : cdn.inputList("origins")) {
                var map = (Map<?, ?>) origin;
                var label = map.get("customHeaders") != null ? "-->|origin + secret header|" : "-->|origin|";
                var vpcOrigin = map.get("vpcOriginConfig") instanceof Map<?, ?> vpc
                        ? plan.byId(String.valueOf(vpc.get("vpcOriginId"))) : Optional.<PlannedResource>empty();
                if (vpcOrigin.isPresent()) {
                    // CloudFront -> VPC origin -> internal load balancer (ADR 0014).
                    edge(cdn.name(), label, vpcOrigin.get().name());
                    plan.resolve(AwsTypes.LB_LOAD_BALANCER, vpcOrigin.get().input("vpcOriginEndpointConfig.arn").orElse(null))
                            .ifPresent(lb -> edge(vpcOrigin.get().name(), "-->|inside the VPC|", lb.name()));
                } else if (map.get("vpcOriginConfig") != null) {
                    // Another stack's VPC origin and load balancer (webstack:edge.fromStack, ADR 0024).
                    edge(cdn.name(), label, adopted("shared_load_balancer", "load balancer and VPC origin"));
                } else {
                    loadBalancerServing(String.valueOf(map.get("domainName"))).ifPresent(lb -> edge(cdn.name(), label, lb.name()));
                }
            }
        }
        for (var association : plan.ofType(AwsTypes.WAFV2_WEB_ACL_ASSOCIATION)) {
            var acl = plan.resolve(AwsTypes.WAFV2_WEB_ACL, association.input("webAclArn").orElse(null));
            var lb = plan.resolve(AwsTypes.LB_LOAD_BALANCER, association.input("resourceArn").orElse(null));
            if (acl.isPresent() && lb.isPresent()) {
                edge(acl.get().name(), "-.->|filters|", lb.get().name());
            }
        }
        // A CloudFront-scope web ACL filters viewer requests at the distribution (webAclId is its ARN).
        for (var cdn : plan.ofType(AwsTypes.CLOUDFRONT_DISTRIBUTION)) {
            plan.resolve(AwsTypes.WAFV2_WEB_ACL, cdn.input("webAclId").orElse(null))
                    .ifPresent(acl -> edge(acl.name(), "-.->|filters|", cdn.name()));
        }
        for (var lb : plan.ofType(AwsTypes.LB_LOAD_BALANCER)) {
            plan.resolve(AwsTypes.S3_BUCKET_V2, lb.input("accessLogs.bucket").orElse(null))
                    .ifPresent(bucket -> edge(lb.name(), "-.->|access logs|", bucket.name()));
        }
        for (var service : plan.ofType(AwsTypes.ECS_SERVICE)) {
            serviceFlows(service);
        }
        for (var schedule : plan.ofType(AwsTypes.SCHEDULER_SCHEDULE)) {
            var target = schedule.inputText("target.arn");
            plan.componentOf(schedule).ifPresent(component -> {
                if (target.contains(":rds:")) {
                    plan.ofType(AwsTypes.RDS_INSTANCE).forEach(db -> edge(countedId(component, schedule.type()), "-.->|stop / start|", db.name()));
                } else if (target.contains(":cloudwatch:")) {
                    alarmNodes().forEach(alarms -> edge(countedId(component, schedule.type()), "-.->|pause / resume|", alarms));
                }
            });
        }
        for (var action : plan.ofType(AwsTypes.APPAUTOSCALING_SCHEDULED_ACTION)) {
            var resourceId = action.inputText("resourceId");
            plan.ofType(AwsTypes.ECS_SERVICE).stream()
                    .filter(service -> resourceId.endsWith("/" + service.outputs().get("name")))
                    .forEach(service -> plan.componentOf(action).ifPresent(c -> edge(countedId(c, action.type()), "-.->|to zero / back|",
                            service.name())));
        }
        alarmFlows();
    }

    /** A node for what this stack adopts from another (ADR 0026), named after the stack it comes from when it is one. */
    private String adopted(String id, String what) {
        var owners = plan.ofType("pulumi:pulumi:StackReference").stream().map(r -> r.inputText("name")).distinct().toList();
        return id + "([\"" + what + " of " + (owners.size() == 1 ? owners.get(0) : "another stack") + "\"])";
    }

    private Optional<PlannedResource> loadBalancerServing(String domainName) {
        return plan.ofType(AwsTypes.LB_LOAD_BALANCER).stream()
                .filter(lb -> domainName.equals(String.valueOf(lb.outputs().get("dnsName"))))
                .findFirst();
    }

    private void serviceFlows(PlannedResource service) {
        for (var balanced : service.inputList("loadBalancers")) {
            var targetGroup = String.valueOf(((Map<?, ?>) balanced).get("targetGroupArn"));
            var port = "-->|port " + ((Map<?, ?>) balanced).get("containerPort") + "|";
            for (var lb : plan.ofType(AwsTypes.LB_LOAD_BALANCER)) {
                if (forwardsTo(lb, targetGroup)) {
                    edge(lb.name(), port, service.name());
                }
            }
            if (plan.ofType(AwsTypes.LB_LOAD_BALANCER).isEmpty() && plan.ofType(AwsTypes.LB_LISTENER_RULE).stream()
                    .anyMatch(rule -> String.valueOf(rule.inputs().get("actions")).contains(targetGroup))) {
                // This stack's own rule on the owner's listener forwards to its target group.
                edge(adopted("shared_load_balancer", "load balancer and VPC origin"), port.replace("|port", "|own rule, port"), service.name());
            }
        }
        var task = plan.resolve(AwsTypes.ECS_TASK_DEFINITION, service.input("taskDefinition").orElse(null));
        if (task.isEmpty()) {
            return;
        }
        var containers = (List<?>) Json.parse(task.get().inputText("containerDefinitions"));
        var container = (Map<?, ?>) containers.get(0);
        var image = String.valueOf(container.get("image"));
        var repositories = plan.ofType(AwsTypes.ECR_REPOSITORY);
        for (var repository : repositories) {
            if (image.startsWith(String.valueOf(repository.outputs().get("repositoryUrl")))) {
                edge(repository.name(), "-.->|image|", service.name());
            }
        }
        if (repositories.isEmpty() && image.contains(".dkr.ecr.")) {
            edge(adopted("shared_registry", "repository held for this stack"), "-.->|image|", service.name());
        }
        var secretArns = new ArrayList<String>();
        if (container.get("secrets") instanceof List<?> secrets) {
            secrets.forEach(s -> secretArns.add(String.valueOf(((Map<?, ?>) s).get("valueFrom"))));
        }
        for (var secret : plan.ofType(AwsTypes.SECRETSMANAGER_SECRET)) {
            if (secretArns.stream().anyMatch(arn -> arn.startsWith(String.valueOf(secret.outputs().get("arn"))))) {
                plan.componentOf(secret).ifPresent(c -> edge(countedId(c, secret.type()), "-.->|injected|", service.name()));
            }
        }
        var serviceGroups = service.inputList("networkConfiguration.securityGroups").stream().map(String::valueOf).toList();
        for (var db : plan.ofType(AwsTypes.RDS_INSTANCE)) {
            var dbGroups = db.inputList("vpcSecurityGroupIds").stream().map(String::valueOf).toList();
            var admitted = plan.ofType(AwsTypes.VPC_SECURITY_GROUP_INGRESS_RULE).stream()
                    .anyMatch(rule -> dbGroups.contains(String.valueOf(rule.input("securityGroupId").orElse("")))
                            && serviceGroups.contains(String.valueOf(rule.input("referencedSecurityGroupId").orElse(""))));
            if (admitted) {
                edge(service.name(), "-->|PostgreSQL, TLS|", db.name());
            }
        }
        var taskRole = task.get().input("taskRoleArn").map(String::valueOf).orElse("");
        var policies = plan.ofType(AwsTypes.IAM_ROLE_POLICY).stream()
                .filter(p -> plan.resolve(AwsTypes.IAM_ROLE, p.input("role").orElse(null))
                        .map(role -> taskRole.equals(String.valueOf(role.outputs().get("arn")))).orElse(false))
                .map(p -> p.inputText("policy")).toList();
        for (var bucket : plan.ofType(AwsTypes.S3_BUCKET_V2)) {
            var arn = String.valueOf(bucket.outputs().get("arn"));
            if (policies.stream().anyMatch(p -> p.contains(arn))) {
                edge(service.name(), "-->|objects|", bucket.name());
            }
        }
        var migrates = plan.ofType(AwsTypes.ECS_TASK_DEFINITION).stream()
                .anyMatch(t -> !t.urn().equals(task.get().urn()) && t.inputText("family").endsWith("-migration"));
        if (migrates) {
            plan.ofType(AwsTypes.RDS_INSTANCE).forEach(db -> edge("release([Release])", "-->|1. migration task|", db.name()));
            edge("release([Release])", "-->|2. rollout|", service.name());
        }
    }

    private boolean forwardsTo(PlannedResource lb, String targetGroup) {
        var listeners = plan.ofType(AwsTypes.LB_LISTENER).stream()
                .filter(l -> lb.identities().contains(String.valueOf(l.input("loadBalancerArn").orElse("")))).toList();
        for (var listener : listeners) {
            if (String.valueOf(listener.inputs().get("defaultActions")).contains(targetGroup)) {
                return true;
            }
            var forwarded = plan.ofType(AwsTypes.LB_LISTENER_RULE).stream()
                    .filter(rule -> listener.identities().contains(String.valueOf(rule.input("listenerArn").orElse(""))))
                    .anyMatch(rule -> String.valueOf(rule.inputs().get("actions")).contains(targetGroup));
            if (forwarded) {
                return true;
            }
        }
        return false;
    }

    private List<String> alarmNodes() {
        var nodes = new ArrayList<String>();
        plan.ofType(AwsTypes.CLOUDWATCH_METRIC_ALARM).stream().map(plan::componentOf).flatMap(Optional::stream).distinct()
                .forEach(component -> nodes.add(countedId(component, AwsTypes.CLOUDWATCH_METRIC_ALARM)));
        return nodes;
    }

    private void alarmFlows() {
        for (var topic : plan.ofType(AwsTypes.SNS_TOPIC)) {
            var arn = String.valueOf(topic.outputs().get("arn"));
            alarmNodes().forEach(alarms -> edge(alarms, "-->|ALARM / OK|", topic.name()));
            for (var target : plan.ofType(AwsTypes.CLOUDWATCH_EVENT_TARGET)) {
                if (arn.equals(String.valueOf(target.input("arn").orElse("")))) {
                    plan.resolve(AwsTypes.CLOUDWATCH_EVENT_RULE, target.input("rule").orElse(null))
                            .ifPresent(rule -> edge(rule.name(), "-->|migration failed|", topic.name()));
                }
            }
            for (var subscription : plan.ofType(AwsTypes.SNS_TOPIC_SUBSCRIPTION)) {
                if (!arn.equals(String.valueOf(subscription.input("topic").orElse("")))) {
                    continue;
                }
                var protocol = String.valueOf(subscription.input("protocol").orElse(""));
                if (protocol.equals("lambda")) {
                    plan.resolve(AwsTypes.LAMBDA_FUNCTION, subscription.input("endpoint").orElse(null)).ifPresent(function -> {
                        edge(topic.name(), "-->", function.name());
                        edge(function.name(), "-->|webhook|", "discord([Discord])");
                    });
                } else if (protocol.equals("email")) {
                    edge(topic.name(), "-->", "email([Email])");
                }
            }
        }
    }

    private void edge(String from, String arrow, String to) {
        edges.add(node(from) + " " + arrow + " " + node(to));
    }

    /** A node reference: a logical name becomes its id; "id([Label])" is an external node declared inline. */
    private static String node(String name) {
        return name.contains("(") ? name : id(name);
    }

    private static String countedId(PlannedResource component, String type) {
        return id(component.name() + "-" + COUNTED.get(type) + "s");
    }

    static String id(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "_");
    }
}
