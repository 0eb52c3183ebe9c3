package dev.webstack.plan;

import java.util.List;

/**
 * The resource options the engine received with a registration: what Pulumi (not AWS)
 * does when the resource is deleted or replaced.
 */
public record ResourceOptions(boolean protect, boolean retainOnDelete, boolean deleteBeforeReplace,
                              List<String> ignoreChanges) {

    public static final ResourceOptions NONE = new ResourceOptions(false, false, false, List.of());

    public ResourceOptions {
        ignoreChanges = List.copyOf(ignoreChanges);
    }
}
