package dev.webstack.plan;

import java.util.List;

/**
 * The resource options the engine received with a registration: what Pulumi (not AWS)
 * does when the resource is deleted or replaced, and what it was called before (aliases).
 *
 * @param aliases          URNs this resource had before: the engine moves their state here instead of
 *                         deleting one resource and creating another
 * @param replaceOnChanges inputs the program asks Pulumi to replace on, beyond the provider's own
 */
public record ResourceOptions(boolean protect, boolean retainOnDelete, boolean deleteBeforeReplace,
                              List<String> ignoreChanges, List<String> aliases, List<String> replaceOnChanges) {

    public static final ResourceOptions NONE = new ResourceOptions(false, false, false, List.of());

    public ResourceOptions {
        ignoreChanges = List.copyOf(ignoreChanges);
        aliases = List.copyOf(aliases);
        replaceOnChanges = List.copyOf(replaceOnChanges);
    }

    /** Options without aliases or replaceOnChanges, as plans recorded before they were. */
    public ResourceOptions(boolean protect, boolean retainOnDelete, boolean deleteBeforeReplace, List<String> ignoreChanges) {
        this(protect, retainOnDelete, deleteBeforeReplace, ignoreChanges, List.of(), List.of());
    }
}
