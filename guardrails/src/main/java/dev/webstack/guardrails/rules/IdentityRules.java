package dev.webstack.guardrails.rules;

import static dev.webstack.guardrails.model.Rule.rule;
import static dev.webstack.plan.aws.AwsTypes.IAM_POLICY;
import static dev.webstack.plan.aws.AwsTypes.IAM_ROLE;
import static dev.webstack.plan.aws.AwsTypes.IAM_ROLE_POLICY;
import static dev.webstack.plan.aws.AwsTypes.IAM_ROLE_POLICY_ATTACHMENT;
import static dev.webstack.plan.aws.AwsTypes.IAM_USER_POLICY;

import dev.webstack.guardrails.model.Graph;
import dev.webstack.guardrails.model.Policy;
import dev.webstack.guardrails.model.Rule;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.aws.MetadataReads;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/** IAM: no wildcard actions, "*" resources only where AWS allows nothing narrower, scoped PassRole and OIDC trust. */
public final class IdentityRules {

    /**
     * Actions AWS authorises only on "*": they have no resource-level permissions. Anything else
     * can name its resources, so it must.
     */
    static final List<String> ONLY_ON_ANY_RESOURCE = List.of(
            "ecr:GetAuthorizationToken",
            "ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel", "ssmmessages:OpenControlChannel",
            "ssmmessages:OpenDataChannel",
            "sts:GetCallerIdentity",
            "ec2:Describe*", "elasticloadbalancing:Describe*", "autoscaling:Describe*", "application-autoscaling:Describe*",
            // ecs:RegisterTaskDefinition takes the task-definition resource type (Service Authorization Reference, Amazon ECS).
            "ecs:DeregisterTaskDefinition", "ecs:DescribeTaskDefinition", "ecs:ListTaskDefinitions",
            "ecs:ListClusters", "ecs:CreateCluster",
            "cloudwatch:PutMetricData", "cloudwatch:GetMetricData", "cloudwatch:ListMetrics", "cloudwatch:DescribeAlarms",
            "xray:PutTraceSegments", "xray:PutTelemetryRecords",
            "kms:CreateKey", "kms:ListKeys", "kms:ListAliases",
            "logs:DescribeLogGroups",
            "secretsmanager:GetRandomPassword", "secretsmanager:ListSecrets",
            "tag:GetResources",
            // Route 53 assigns the check's id: CreateHealthCheck has no resource type (Service Authorization
            // Reference, "Actions, resources, and condition keys for Amazon Route 53").
            "route53:CreateHealthCheck",
            // No resource type either (Service Authorization Reference: Amazon CloudFront, Elastic Load Balancing V2,
            // Amazon CloudWatch Logs); checked against the catalogue by .ci/iam-check.mjs (ADR 0020).
            "cloudfront:CreateDistribution", "cloudfront:CreateResponseHeadersPolicy", "cloudfront:CreateVpcOrigin",
            "elasticloadbalancing:SetWebAcl", "logs:CreateLogDelivery", "logs:DeleteLogDelivery", "logs:PutResourcePolicy");

    static final String GITHUB_ISSUER = "token.actions.githubusercontent.com";
    /** A subject naming one repository (no wildcard in owner or name) and one branch, environment or tag. */
    static final Pattern SCOPED_GITHUB_SUBJECT = Pattern.compile(
            "repo:[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+:(ref:refs/(heads|tags)/[^*?]+|environment:[^*?]+)");

    /** Pull requests of one repository: acceptable for a role that can only describe what exists. */
    static final Pattern PULL_REQUESTS_OF_ONE_REPOSITORY = Pattern.compile("repo:[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+:pull_request");

    private IdentityRules() {
    }

    /** A Describe, List or Get action, or pattern, that reads no data (objects, secret values, parameters, log events, images). */
    static boolean isMetadataRead(String action) {
        return MetadataReads.isMetadataRead(action);
    }

    /** Whether everything the role's policies (inline, or attached and in this plan) allow is a metadata read. */
    static boolean onlyReads(Graph graph, PlannedResource role) {
        var documents = new ArrayList<String>();
        var roleName = String.valueOf(role.outputs().getOrDefault("name", role.id()));
        graph.all(IAM_ROLE_POLICY).stream().filter(p -> roleName.equals(Inputs.text(p, "role")) || String.valueOf(role.id()).equals(Inputs.text(p, "role")))
                .forEach(p -> documents.add(Inputs.text(p, "policy")));
        Inputs.maps(role, "inlinePolicies").forEach(inline -> documents.add(String.valueOf(inline.get("policy"))));
        for (var attachment : graph.all(IAM_ROLE_POLICY_ATTACHMENT)) {
            if (roleName.equals(Inputs.text(attachment, "role"))) {
                var policy = graph.resolve(IAM_POLICY, attachment.input("policyArn").orElse(null));
                if (policy.isEmpty()) {
                    return false;
                }
                documents.add(Inputs.text(policy.get(), "policy"));
            }
        }
        return documents.stream().flatMap(d -> Policy.parse(d).allows().stream())
                .allMatch(statement -> statement.notActions().isEmpty() && statement.actions().stream().allMatch(IdentityRules::isMetadataRead));
    }

    /**
     * A managed policy used only as roles' permissions boundary and attached to none: it grants
     * nothing, it caps (IAM User Guide, "Permissions boundaries for IAM entities"), so its "*"
     * ceiling is no grant. Attached anywhere, it is checked like any policy.
     */
    static boolean onlyABoundary(Graph graph, PlannedResource policy) {
        if (!policy.type().equals(IAM_POLICY)) {
            return false;
        }
        var arn = policy.outputs().get("arn");
        var bounds = graph.all(IAM_ROLE).stream().anyMatch(r -> r.input("permissionsBoundary").map(b -> b.equals(arn)).orElse(false));
        var attached = graph.all(IAM_ROLE_POLICY_ATTACHMENT).stream().anyMatch(a -> a.input("policyArn").map(b -> b.equals(arn)).orElse(false));
        return bounds && !attached;
    }

    public static List<Rule> all() {
        return List.of(
                rule("iam.no-wildcard-actions", "Identity policies grant named actions, never \"*\" or \"service:*\"")
                        .why("A wildcard grants tomorrow's actions too, and hides what the role really needs.")
                        .mirrors("IAM.21", "CKV_AWS_63")
                        .reads(IAM_ROLE_POLICY, IAM_POLICY, IAM_USER_POLICY, IAM_ROLE)
                        .check((graph, findings) -> eachStatement(graph, (statement, owner) -> {
                            if (!statement.allows()) {
                                return;
                            }
                            if (!statement.notActions().isEmpty()) {
                                findings.violation(owner, statement.label() + " allows everything except " + statement.notActions());
                            }
                            statement.actions().stream().filter(a -> a.equals("*") || a.endsWith(":*"))
                                    .forEach(a -> findings.violation(owner, statement.label() + " allows " + a));
                        }))
                        .build(),
                rule("iam.scoped-resources", "Identity policies use Resource \"*\" only for metadata reads and actions that cannot name a resource")
                        .why("Every action that changes something, or reads data, is limited to this stack's resources; a leaked role "
                                + "cannot reach another stack. Describing what exists (pulumi preview's reads) is allowed on \"*\".")
                        .mirrors(null, "CKV_AWS_355")
                        .reads(IAM_ROLE_POLICY, IAM_POLICY, IAM_USER_POLICY, IAM_ROLE)
                        .check((graph, findings) -> eachStatement(graph, (statement, owner) -> {
                            if (!statement.allows() || !statement.resources().contains("*")) {
                                return;
                            }
                            var restrictable = statement.actions().stream()
                                    .filter(a -> !isMetadataRead(a))
                                    .filter(a -> ONLY_ON_ANY_RESOURCE.stream().noneMatch(allowed -> Policy.matches(allowed, a))).toList();
                            findings.require(restrictable.isEmpty(), owner, statement.label() + " allows " + restrictable
                                    + " on \"*\"; name the resources");
                        }))
                        .build(),
                rule("iam.scoped-pass-role", "iam:PassRole names its roles and the service they are passed to")
                        .why("PassRole on any role to any service lets the holder run code with more privileges than its own.")
                        .mirrors(null, "CKV_AWS_286")
                        .reads(IAM_ROLE_POLICY, IAM_POLICY, IAM_USER_POLICY, IAM_ROLE)
                        .check((graph, findings) -> eachStatement(graph, (statement, owner) -> {
                            if (!statement.allows() || !statement.covers("iam:PassRole")) {
                                return;
                            }
                            findings.require(statement.resources().stream().noneMatch(r -> r.contains("*")), owner,
                                    statement.label() + " passes any role (" + statement.resources() + ")");
                            findings.require(!statement.condition("iam:PassedToService").isEmpty(), owner,
                                    statement.label() + " passes roles without an iam:PassedToService condition");
                        }))
                        .build(),
                rule("iam.github-oidc-trust", "Roles trusted by GitHub Actions are limited to one repository and one branch or environment")
                        .why("Without a scoped subject, any repository on GitHub (or any branch of yours) could assume the deploy role.")
                        .mirrors(null, "CKV_AWS_358")
                        .reads(IAM_ROLE_POLICY, IAM_POLICY, IAM_ROLE_POLICY_ATTACHMENT)
                        .each(IAM_ROLE, (role, graph, findings) -> {
                            for (var statement : Policy.parse(Inputs.text(role, "assumeRolePolicy")).allows()) {
                                var federated = statement.principals().getOrDefault("Federated", List.of());
                                if (federated.stream().noneMatch(p -> p.endsWith(GITHUB_ISSUER))) {
                                    continue;
                                }
                                findings.require(statement.condition(GITHUB_ISSUER + ":aud").equals(List.of("sts.amazonaws.com")), role,
                                        statement.label() + " does not require the audience sts.amazonaws.com");
                                var subjects = statement.condition(GITHUB_ISSUER + ":sub");
                                findings.require(!subjects.isEmpty(), role, statement.label() + " trusts every repository on GitHub");
                                var readOnly = onlyReads(graph, role);
                                subjects.stream()
                                        .filter(s -> !SCOPED_GITHUB_SUBJECT.matcher(s).matches()
                                                && !(readOnly && PULL_REQUESTS_OF_ONE_REPOSITORY.matcher(s).matches()))
                                        .forEach(s -> findings.violation(role, statement.label() + " trusts subject " + s
                                                + "; name repo:<owner>/<name>:ref:refs/heads/<branch> or :environment:<name>"
                                                + " (pull requests only for a role that can only read)"));
                            }
                        })
                        .build());
    }

    /** Every statement of every identity policy in the graph, with the resource that declares it. */
    static void eachStatement(Graph graph, BiConsumer<Policy.Statement, PlannedResource> check) {
        var documents = new ArrayList<Map.Entry<PlannedResource, String>>();
        for (var type : List.of(IAM_ROLE_POLICY, IAM_POLICY, IAM_USER_POLICY)) {
            graph.all(type).stream().filter(p -> !onlyABoundary(graph, p))
                    .forEach(p -> documents.add(Map.entry(p, Inputs.text(p, "policy"))));
        }
        for (var role : graph.all(IAM_ROLE)) {
            Inputs.maps(role, "inlinePolicies").forEach(inline -> documents.add(Map.entry(role, String.valueOf(inline.get("policy")))));
        }
        for (var document : documents) {
            Policy.parse(document.getValue()).statements().forEach(statement -> check.accept(statement, document.getKey()));
        }
    }
}
