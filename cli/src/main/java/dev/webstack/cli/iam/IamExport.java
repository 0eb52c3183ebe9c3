package dev.webstack.cli.iam;

import dev.webstack.plan.Plan;
import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.plan.aws.MetadataReads;
import dev.webstack.plan.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A plan's IAM, as .ci/iam-check.mjs reads it: every role with its policies, boundary and
 * trust, the managed and resource policies, and the expectations derived from the resources.
 */
public final class IamExport {

    /** Where expectations come from; add a source for a new kind of role. */
    static final List<RoleNeeds> NEEDS = List.of(new WorkloadNeeds(), new DeployNeeds(), new PreviewNeeds(), new ReleaseNeeds());

    private IamExport() {
    }

    public static Map<String, Object> of(Plan plan) {
        var roles = new PlanRoles(plan);
        var json = new LinkedHashMap<String, Object>();
        json.put("stack", plan.stack());
        json.put("account", plan.account());
        json.put("region", plan.region());
        json.put("tags", StackTags.of(plan));
        // Which identity the stack declares: the check refuses an export whose deploy role is missing.
        var identity = new LinkedHashMap<String, Object>();
        for (var output : List.of(DeployNeeds.ROLE_OUTPUT, PreviewNeeds.ROLE_OUTPUT)) {
            if (plan.outputs().containsKey(output)) {
                identity.put(output, String.valueOf(plan.output(output)));
            }
        }
        json.put("identity", identity);
        json.put("dataReads", MetadataReads.DATA_READS);
        json.put("roles", roles.roles().stream().map(roles::toJson).toList());
        json.put("managedPolicies", plan.ofType(AwsTypes.IAM_POLICY).stream()
                .map(p -> Json.object("name", p.outputText("arn"), "document", Json.parseObject(p.inputText("policy")))).toList());
        json.put("resourcePolicies", ResourcePolicies.of(plan));
        json.put("expectations", expectations(plan).stream().map(Expectation::toJson).toList());
        var table = ProvisioningActions.load();
        json.put("typesWithoutProvisioningActions", plan.cloudResources().stream().map(r -> r.type())
                .filter(t -> !table.knows(t)).collect(Collectors.toCollection(TreeSet::new)));
        return json;
    }

    public static List<Expectation> expectations(Plan plan) {
        var all = new ArrayList<Expectation>();
        NEEDS.forEach(source -> all.addAll(source.of(plan)));
        all.addAll(BoundedRoleNeeds.of(plan, all));
        return all;
    }
}
