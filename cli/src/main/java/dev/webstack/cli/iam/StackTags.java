package dev.webstack.cli.iam;

import dev.webstack.plan.Plan;
import dev.webstack.plan.json.Json;
import java.util.Map;
import java.util.TreeMap;

/** The tags the stack's providers put on everything (kit StackProvider's default tags), as IAM sees them in a request. */
final class StackTags {

    private StackTags() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> of(Plan plan) {
        var provider = plan.where(r -> r.type().equals("pulumi:providers:aws") && r.name().equals("aws")).stream().findFirst().orElseThrow();
        var tags = (Map<String, Object>) Json.parseObject(provider.inputText("defaultTags")).get("tags");
        var out = new TreeMap<String, String>();
        tags.forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }

    /** aws:ResourceTag/<key> and aws:RequestTag/<key> for each tag: a request on one of the stack's resources. */
    static Map<String, String> requestContext(Map<String, String> tags) {
        var context = new TreeMap<String, String>();
        tags.forEach((k, v) -> {
            context.put("aws:ResourceTag/" + k, v);
            context.put("aws:RequestTag/" + k, v);
        });
        return context;
    }

    /**
     * aws:RequestTag/<key> only: a call that creates a resource, which has no tags of its own yet, so a
     * condition on aws:ResourceTag cannot match it (IAM User Guide, "Controlling access to AWS resources
     * using tags": aws:ResourceTag is the tags already attached to the resource).
     */
    static Map<String, String> createContext(Map<String, String> tags) {
        var context = new TreeMap<String, String>();
        tags.forEach((k, v) -> context.put("aws:RequestTag/" + k, v));
        return context;
    }
}
