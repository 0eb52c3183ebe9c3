package dev.webstack.cli.iam;

import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.plan.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every IAM role of a plan with the policies that make up its permissions: inline policies,
 * attached managed policies (the plan's own, or AWS managed ones named by ARN only), its
 * permissions boundary and its trust policy. Found by type, so a role a new component adds is
 * exported without anyone listing it.
 */
final class PlanRoles {

    private final Plan plan;

    PlanRoles(Plan plan) {
        this.plan = plan;
    }

    List<PlannedResource> roles() {
        return plan.ofType(AwsTypes.IAM_ROLE);
    }

    Optional<PlannedResource> roleByArn(String arn) {
        return roles().stream().filter(r -> arn.equals(r.outputs().get("arn"))).findFirst();
    }

    static String name(PlannedResource role) {
        return role.inputText("name");
    }

    static String arn(PlannedResource role) {
        return role.outputText("arn");
    }

    Optional<String> boundaryArn(PlannedResource role) {
        return role.input("permissionsBoundary").map(String::valueOf);
    }

    /** The plan's customer managed policy with this ARN. */
    Optional<PlannedResource> managedPolicy(String arn) {
        return plan.ofType(AwsTypes.IAM_POLICY).stream().filter(p -> arn.equals(p.outputs().get("arn"))).findFirst();
    }

    Map<String, Object> toJson(PlannedResource role) {
        var json = new LinkedHashMap<String, Object>();
        json.put("logicalName", role.name());
        json.put("name", name(role));
        json.put("arn", arn(role));
        json.put("trust", Json.parseObject(role.inputText("assumeRolePolicy")));
        json.put("policies", policies(role));
        json.put("boundary", boundaryArn(role).map(this::policyJson).orElse(null));
        return json;
    }

    private List<Map<String, Object>> policies(PlannedResource role) {
        var policies = new ArrayList<Map<String, Object>>();
        plan.ofType(AwsTypes.IAM_ROLE_POLICY).stream().filter(p -> name(role).equals(p.inputText("role")))
                .forEach(p -> policies.add(Json.object("name", "inline:" + p.inputText("name"), "document", Json.parseObject(p.inputText("policy")))));
        plan.ofType(AwsTypes.IAM_ROLE_POLICY_ATTACHMENT).stream().filter(a -> name(role).equals(a.inputText("role")))
                .forEach(a -> policies.add(policyJson(a.inputText("policyArn"))));
        return policies;
    }

    /** A managed policy: its document when the plan holds it, otherwise marked AWS managed (its text is AWS's, not ours). */
    private Map<String, Object> policyJson(String arn) {
        return managedPolicy(arn)
                .map(p -> Json.object("name", arn, "document", Json.parseObject(p.inputText("policy"))))
                .orElseGet(() -> Json.object("name", arn, "awsManaged", true));
    }
}
