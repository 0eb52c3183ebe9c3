package dev.webstack.plan;

import java.util.List;

/**
 * The resource options the engine received with a registration: what Pulumi (not AWS)
 * does when the resource is deleted or replaced. An alias is the name (or URN) under which
 * the resource may already exist in a stack: Pulumi adopts it instead of creating another.
 */
public record ResourceOptions(boolean protect, boolean retainOnDelete, boolean deleteBeforeReplace,
                              List<String> ignoreChanges, List<String> aliases, List<String> replaceOnChanges) {

    public static final ResourceOptions NONE = new ResourceOptions(false, false, false, List.of());

    public ResourceOptions {
        ignoreChanges = List.copyOf(ignoreChanges);
        aliases = List.copyOf(aliases);
        replaceOnChanges = List.copyOf(replaceOnChanges);
    }

    /** Without aliases or replace-on-changes properties. */
    public ResourceOptions(boolean protect, boolean retainOnDelete, boolean deleteBeforeReplace, List<String> ignoreChanges) {
        this(protect, retainOnDelete, deleteBeforeReplace, ignoreChanges, List.of(), List.of());
    }
}
