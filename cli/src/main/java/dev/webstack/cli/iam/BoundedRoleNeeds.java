package dev.webstack.cli.iam;

import dev.webstack.plan.Plan;
import dev.webstack.plan.aws.AwsTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What no role under the stack's permissions boundary may do, whatever its own policy grants
 * (ADR 0020): pass another stack's role, read another stack's database password, assume a role.
 * Each denial that a role's own needs make grantable is paired with that need as its control, so
 * "denied" proves the boundary's fence, not an absent grant.
 */
final class BoundedRoleNeeds {

    static final String RDS_TAG = "aws:ResourceTag/aws:rds:primaryDBInstanceArn";
    private static final String OTHER_STACK = "otherstack";
    private static final List<String> ASSUME = List.of("sts:AssumeRole", "sts:AssumeRoleWithWebIdentity", "sts:AssumeRoleWithSAML");

    private BoundedRoleNeeds() {
    }

    /** The denials for the bounded roles of {@code plan}, given what every role was found to need. */
    static List<Expectation> of(Plan plan, List<Expectation> needs) {
        var roles = new PlanRoles(plan);
        var out = new ArrayList<Expectation>();
        var otherDb = Map.of(RDS_TAG, "arn:aws:rds:" + plan.region() + ":" + plan.account() + ":db:webstack-" + OTHER_STACK + "-db");
        for (var bounded : roles.roles().stream().filter(r -> roles.boundaryArn(r).isPresent()).toList()) {
            var role = PlanRoles.arn(bounded);
            for (var need : needs.stream().filter(n -> n.allowed() && n.role().equals(role)).toList()) {
                if (need.action().equals("secretsmanager:GetSecretValue") && need.resource().contains(":secret:rds!")) {
                    out.add(Expectation.deny(role, need.action(), need.resource(), otherDb, "another stack's database password")
                            .besides(need.resource(), need.context()));
                }
            }
        }
        roles.roles().stream().map(roles::boundaryArn).flatMap(java.util.Optional::stream).distinct()
                .forEach(boundary -> out.addAll(whateverItsPolicy(plan, boundary, roles, otherDb)));
        return out.stream().distinct().toList();
    }

    /**
     * The boundary itself, as the ceiling of a role whose own policy allows everything: what the deploy
     * role could write into any bounded role (it may put policies on them, ADR 0020). The check simulates
     * an expectation whose role is a boundary's ARN with that policy and the boundary.
     */
    private static List<Expectation> whateverItsPolicy(Plan plan, String boundary, PlanRoles roles, Map<String, String> otherDb) {
        var out = new ArrayList<Expectation>();
        var toEcs = Map.of("iam:PassedToService", "ecs-tasks.amazonaws.com");
        var why = "a bounded role, whatever its own policy: ";
        roles.roles().stream().filter(r -> roles.boundaryArn(r).isPresent()).findFirst().ifPresent(own -> {
            var other = "arn:aws:iam::" + plan.account() + ":role/webstack-" + OTHER_STACK + "-ecs-task";
            out.add(Expectation.deny(boundary, "iam:PassRole", other, toEcs, why + "passing another stack's role to ECS tasks")
                    .besides(PlanRoles.arn(own), toEcs));
        });
        var secret = "arn:aws:secretsmanager:" + plan.region() + ":" + plan.account() + ":secret:rds!db-00000000-0000-0000-0000-000000000000-AbCdEf";
        plan.ofType(AwsTypes.RDS_INSTANCE).stream().findFirst().ifPresent(db -> out.add(Expectation.deny(boundary,
                "secretsmanager:GetSecretValue", secret, otherDb, why + "another stack's database password")
                .besides(secret, Map.of(RDS_TAG, db.outputText("arn")))));
        var target = roles.roles().stream().map(PlanRoles::arn).filter(a -> a.endsWith("-deploy")).findFirst()
                .orElse("arn:aws:iam::" + plan.account() + ":role/any");
        for (var action : ASSUME) {
            out.add(Expectation.deny(boundary, action, target, Map.of(), why + "stepping into another role"));
        }
        for (var action : List.of("iam:PutRolePolicy", "iam:AttachRolePolicy", "iam:CreateRole", "iam:UpdateAssumeRolePolicy")) {
            out.add(Expectation.deny(boundary, action, target, Map.of(), why + "writing IAM"));
        }
        return out;
    }

    /** The tag RDS puts on the secret it manages for a database: its DB instance's ARN. */
    static Map<String, String> rdsSecretContext(Plan plan, String secretArn) {
        return plan.ofType(AwsTypes.RDS_INSTANCE).stream()
                .filter(db -> String.valueOf(db.output("masterUserSecrets").orElse("")).contains(secretArn))
                .findFirst().map(db -> Map.of(RDS_TAG, db.outputText("arn"))).orElse(Map.of());
    }
}
