package dev.webstack.kit.naming;

import dev.webstack.settings.StackIdentity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tags every taggable resource carries. They are set once, as the AWS provider's
 * default tags, so no resource can be created without them.
 */
public final class StandardTags {

    public static final String MANAGED_BY = "pulumi";

    private StandardTags() {
    }

    public static Map<String, String> of(StackIdentity identity) {
        var tags = new LinkedHashMap<String, String>(identity.extraTags());
        tags.put("app", identity.app());
        // The stack is the environment (docs/adr/0022): a stack `test` with the staging profile is tagged test.
        tags.put("environment", identity.stack());
        tags.put("managed-by", MANAGED_BY);
        tags.put("pulumi-project", identity.project());
        tags.put("pulumi-stack", identity.stack());
        return Collections.unmodifiableMap(tags);
    }
}
