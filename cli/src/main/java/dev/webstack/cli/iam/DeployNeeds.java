package dev.webstack.cli.iam;

import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.aws.AwsTypes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The deploy role: every provisioning call of every planned resource (ProvisioningActions) on the
 * resource's own ARN, allowed; its own identity, other stacks' resources and data, denied.
 */
final class DeployNeeds implements RoleNeeds {

    static final String ROLE_OUTPUT = "deploy.roleArn";
    /** The components that hold the deploy identity's own permissions: its roles and policies, and the roles' boundary. */
    static final Set<String> IDENTITY_COMPONENTS = Set.of("webstack:delivery:DeployIdentity", "webstack:delivery:RoleBoundary");
    static final String ADMINISTRATOR_ACCESS = "arn:aws:iam::aws:policy/AdministratorAccess";
    /** The deploy identity's own permissions: what it must never change (ADR 0020). */
    private static final Set<String> SELF_TYPES = Set.of(AwsTypes.IAM_ROLE, AwsTypes.IAM_POLICY, AwsTypes.IAM_ROLE_POLICY_ATTACHMENT);
    private static final String OTHER_STACK = "otherstack";

    @Override
    public List<Expectation> of(Plan plan) {
        if (!plan.outputs().containsKey(ROLE_OUTPUT)) {
            return List.of();
        }
        var role = String.valueOf(plan.output(ROLE_OUTPUT));
        var roles = new PlanRoles(plan);
        var tags = StackTags.of(plan);
        var table = ProvisioningActions.load();
        var needs = new ArrayList<Expectation>();
        for (var resource : plan.cloudResources()) {
            var own = isOwnIdentity(plan, resource);
            for (var row : table.rows(resource.type())) {
                var extra = new HashMap<String, String>();
                extra.put("region", regionOf(plan, resource));
                extra.put("account", plan.account());
                scalableTarget(plan, resource).ifPresent(t -> extra.put("target", t));
                var on = ProvisioningActions.fill(row.on(), resource, extra);
                if (on.isEmpty()) {
                    continue;
                }
                var context = new TreeMap<>(row.create() ? StackTags.createContext(tags) : StackTags.requestContext(tags));
                if (row.boundary()) {
                    targetRole(roles, resource).flatMap(roles::boundaryArn).ifPresent(b -> context.put("iam:PermissionsBoundary", b));
                }
                row.policyArn().flatMap(p -> ProvisioningActions.fill(p, resource, extra)).ifPresent(p -> context.put("iam:PolicyARN", p));
                for (var action : row.actions()) {
                    var why = (own ? "the deploy identity's own " : "") + resource.type() + " " + resource.name();
                    needs.add(new Expectation(role, action, on.get(), context, !own, own ? why + ": never changed by itself (ADR 0020)" : why));
                }
            }
        }
        needs.addAll(mustNot(plan, role, roles, tags));
        return needs;
    }

    private static boolean isOwnIdentity(Plan plan, PlannedResource resource) {
        return SELF_TYPES.contains(resource.type())
                && plan.componentOf(resource).map(c -> IDENTITY_COMPONENTS.contains(c.type())).orElse(false);
    }

    /** Resources in us-east-1 are the global provider's (kit StackProvider.global). */
    private static String regionOf(Plan plan, PlannedResource resource) {
        return resource.provider() != null && resource.provider().contains("us-east-1") ? "us-east-1" : plan.region();
    }

    /** Scaling policies and scheduled actions are authorised on their scalable target's ARN. */
    private static Optional<String> scalableTarget(Plan plan, PlannedResource resource) {
        return resource.input("resourceId").flatMap(id -> plan.ofType(AwsTypes.APPAUTOSCALING_TARGET).stream()
                .filter(t -> id.equals(t.input("resourceId").orElse(null))).findFirst())
                .flatMap(t -> t.output("arn")).map(String::valueOf);
    }

    private static Optional<PlannedResource> targetRole(PlanRoles roles, PlannedResource resource) {
        if (resource.type().equals(AwsTypes.IAM_ROLE)) {
            return Optional.of(resource);
        }
        return resource.input("role").flatMap(name -> roles.roles().stream().filter(r -> name.equals(PlanRoles.name(r))).findFirst());
    }

    /** Escalation, other stacks and data: denied whatever the policy says elsewhere. */
    private static List<Expectation> mustNot(Plan plan, String role, PlanRoles roles, Map<String, String> tags) {
        var denied = new ArrayList<Expectation>();
        var ours = StackTags.requestContext(tags);
        denied.add(Expectation.deny(role, "iam:AttachRolePolicy", role, Map.of("iam:PolicyARN", ADMINISTRATOR_ACCESS),
                "the deploy role attaches AdministratorAccess to itself"));
        denied.add(Expectation.deny(role, "iam:PutRolePolicy", role, Map.of(), "the deploy role writes itself an inline policy"));
        denied.add(Expectation.deny(role, "iam:UpdateAssumeRolePolicy", role, Map.of(), "the deploy role changes who may assume it"));
        var prefix = role.substring(role.indexOf(":role/") + ":role/".length(), role.lastIndexOf('-'));
        denied.add(Expectation.deny(role, "iam:CreateRole", "arn:aws:iam::" + plan.account() + ":role/" + prefix + "-unbounded", ours,
                "a role created without the stack's permissions boundary"));
        for (var other : roles.roles()) {
            var arn = PlanRoles.arn(other);
            if (arn.equals(role)) {
                continue;
            }
            var context = new TreeMap<String, String>(Map.of("iam:PolicyARN", ADMINISTRATOR_ACCESS));
            roles.boundaryArn(other).ifPresent(b -> context.put("iam:PermissionsBoundary", b));
            denied.add(Expectation.deny(role, "iam:AttachRolePolicy", arn, context, "AdministratorAccess on " + PlanRoles.name(other)));
            var boundary = new TreeMap<String, String>();
            roles.boundaryArn(other).ifPresent(b -> boundary.put("iam:PermissionsBoundary", b));
            denied.add(Expectation.deny(role, "iam:DeleteRolePermissionsBoundary", arn, boundary, "lifting " + PlanRoles.name(other) + "'s boundary"));
        }
        var selfAndBoundaries = new TreeSet<String>();
        plan.ofType(AwsTypes.IAM_ROLE_POLICY_ATTACHMENT).stream().filter(a -> role.endsWith(":role/" + a.inputText("role")))
                .forEach(a -> selfAndBoundaries.add(a.inputText("policyArn")));
        roles.roles().forEach(r -> roles.boundaryArn(r).ifPresent(selfAndBoundaries::add));
        for (var policy : selfAndBoundaries) {
            for (var action : List.of("iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion", "iam:DeletePolicy")) {
                denied.add(Expectation.deny(role, action, policy, Map.of(), "rewriting " + policy + ", its own or a boundary"));
            }
        }
        var other = new TreeMap<String, String>();
        tags.forEach((k, v) -> other.put("aws:ResourceTag/" + k, k.equals("pulumi-stack") ? OTHER_STACK : v));
        var ownDistribution = plan.ofType(AwsTypes.CLOUDFRONT_DISTRIBUTION).stream().findFirst().map(d -> d.outputText("arn"));
        ownDistribution.ifPresent(own -> {
            var distribution = "arn:aws:cloudfront::" + plan.account() + ":distribution/EOTHERSTACK0000";
            for (var action : List.of("cloudfront:UpdateDistribution", "cloudfront:DeleteDistribution")) {
                denied.add(Expectation.deny(role, action, distribution, other, "a distribution tagged as another stack's").besides(own, ours));
            }
        });
        // Tagging at creation is allowed on a resource without a stack tag (DeployGrants untaggedTaggedAsOurs): the
        // same call on another stack's resource must not relabel it as this stack's. Control: the untagged one.
        var relabel = new TreeMap<String, String>(other);
        relabel.put("aws:RequestTag/pulumi-stack", tags.get("pulumi-stack"));
        var created = StackTags.createContext(tags);
        if (ownDistribution.isPresent()) {
            var distribution = "arn:aws:cloudfront::" + plan.account() + ":distribution/EOTHERSTACK0000";
            denied.add(Expectation.deny(role, "cloudfront:TagResource", distribution, relabel,
                    "relabelling another stack's distribution as this stack's").besides(distribution, created));
        }
        if (!plan.ofType(AwsTypes.KMS_KEY).isEmpty()) {
            var key = plan.ofType(AwsTypes.KMS_KEY).get(0).outputText("arn");
            denied.add(Expectation.deny(role, "kms:TagResource", key, relabel, "relabelling another stack's key as this stack's")
                    .besides(key, created));
        }
        var rdsSecret = "arn:aws:secretsmanager:" + plan.region() + ":" + plan.account() + ":secret:rds!db-00000000-0000-0000-0000-000000000000-AbCdEf";
        for (var action : List.of("secretsmanager:DeleteSecret", "secretsmanager:RotateSecret")) {
            var deny = Expectation.deny(role, action, rdsSecret, Map.of("aws:ResourceTag/aws:rds:primaryDBInstanceArn",
                    "arn:aws:rds:" + plan.region() + ":" + plan.account() + ":db:webstack-" + OTHER_STACK + "-db"), "another stack's database password");
            denied.add(plan.ofType(AwsTypes.RDS_INSTANCE).stream().findFirst()
                    .map(db -> deny.besides(rdsSecret, Map.of("aws:ResourceTag/aws:rds:primaryDBInstanceArn", db.outputText("arn")))).orElse(deny));
        }
        // ecs:DeregisterTaskDefinition takes only "*" (Service Authorization Reference, Amazon ECS): no ARN can keep it to the stack.
        var otherTask = Expectation.deny(role, "ecs:DeleteTaskDefinitions", "arn:aws:ecs:" + plan.region() + ":" + plan.account()
                + ":task-definition/webstack-" + OTHER_STACK + "-app:1", other, "another stack's task definition");
        denied.add(plan.ofType(AwsTypes.ECS_TASK_DEFINITION).stream().findFirst()
                .map(t -> otherTask.besides(t.outputText("arn"), ours)).orElse(otherTask));
        for (var target : roles.roles()) {
            if (!PlanRoles.arn(target).equals(role)) {
                denied.add(Expectation.deny(role, "sts:AssumeRole", PlanRoles.arn(target), Map.of(), "hopping into " + PlanRoles.name(target)
                        + ", whose trust the deploy role could edit"));
            }
        }
        dataReads(plan, role, ours, denied);
        return denied;
    }

    /** The deploy role reads metadata, never data (ADR 0020). */
    static void dataReads(Plan plan, String role, Map<String, String> context, List<Expectation> denied) {
        plan.ofType(AwsTypes.SECRETSMANAGER_SECRET).forEach(s -> denied.add(Expectation.deny(role, "secretsmanager:GetSecretValue",
                s.outputText("arn"), context, "the value of " + s.name())));
        plan.ofType(AwsTypes.S3_BUCKET_V2).forEach(b -> denied.add(Expectation.deny(role, "s3:GetObject",
                b.outputText("arn") + "/any/object", context, "an object of " + b.name())));
        plan.ofType(AwsTypes.KMS_KEY).forEach(k -> denied.add(Expectation.deny(role, "kms:Decrypt", k.outputText("arn"), context,
                "decrypting with " + k.name())));
        plan.ofType("aws:cloudwatch/logGroup:LogGroup").forEach(g -> denied.add(Expectation.deny(role, "logs:GetLogEvents",
                g.outputText("arn") + ":log-stream:any-stream", context, "the events of " + g.name())));
        plan.ofType(AwsTypes.WAFV2_WEB_ACL).forEach(w -> {
            denied.add(Expectation.deny(role, "wafv2:GetSampledRequests", w.outputText("arn"), context, "sampled requests (headers, addresses) of " + w.name()));
            denied.add(Expectation.deny(role, "wafv2:GetDecryptedAPIKey", w.outputText("arn").replaceFirst("/webacl/.*", "/apikey/any"), context,
                    "a decrypted WAF API key"));
        });
    }
}
