package dev.webstack.compute;

import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.resources.StackReference;
import dev.webstack.kit.Doc;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The image repository a stack's service pulls from and its release pushes to: its own, held by this
 * stack or by the stack it adopts the registry from (requirements R1.4; ADR 0025: one repository per
 * stack, so that no stack's release identity can move another stack's tag).
 */
public record RegistryContract(
        @Doc("where images are pushed and pulled, `<account>.dkr.ecr.<region>.amazonaws.com/<name>`")
        Output<String> repositoryUrl,
        @Doc("what the execution role may pull from and the release role push to") Output<String> repositoryArn,
        @Doc("every repository this stack holds, by the stack it serves: `{\"url\": ..., \"arn\": ...}` (an adopting stack: its own only)")
        Output<Map<String, Map<String, String>>> repositories) {

    public static final String REPOSITORY_URL = "registry.repositoryUrl";
    public static final String REPOSITORY_ARN = "registry.repositoryArn";
    public static final String REPOSITORIES = "registry.repositories";
    static final String URL = "url";
    static final String ARN = "arn";

    /**
     * This stack's own repository, which the owner holds for it: the owner's {@code registry.repositories}
     * entry named after this stack. Without one the update fails naming both stacks' keys.
     *
     * @param owner the owner as {@code webstack:registry.fromStack} names it
     * @param stack this stack's name
     */
    public static RegistryContract adopt(StackReference source, String owner, String stack) {
        var entry = source.requireOutput(REPOSITORIES).applyValue(value -> entryOf(value, owner, stack));
        return new RegistryContract(entry.applyValue(e -> e.get(URL)), entry.applyValue(e -> e.get(ARN)),
                entry.applyValue(e -> Map.of(stack, e)));
    }

    static Map<String, String> entryOf(Object repositories, String owner, String stack) {
        if (!(repositories instanceof Map<?, ?> map) || !(map.get(stack) instanceof Map<?, ?> entry)
                || !(entry.get(URL) instanceof String url) || !(entry.get(ARN) instanceof String arn)) {
            throw new IllegalStateException(owner + "'s webstack:registry.sharedWith does not list " + stack
                    + " (whose webstack:registry.fromStack names it): add it there and run pulumi up on " + owner + " first");
        }
        return Map.of(URL, url, ARN, arn);
    }

    /** The repositories this stack holds for other stacks: what its release may pull from to promote an image. */
    public Output<List<String>> heldForOthers() {
        return Output.tuple(repositoryArn, repositories).applyValue(t -> t.t2.values().stream()
                .map(entry -> entry.get(ARN)).filter(arn -> !arn.equals(t.t1)).sorted().toList());
    }

    public void exportTo(Context context) {
        context.export(REPOSITORY_URL, repositoryUrl);
        context.export(REPOSITORY_ARN, repositoryArn);
        context.export(REPOSITORIES, repositories.applyValue(LinkedHashMap::new));
    }
}
