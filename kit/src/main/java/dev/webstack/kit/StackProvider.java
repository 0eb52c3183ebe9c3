package dev.webstack.kit;

import com.pulumi.aws.Provider;
import com.pulumi.aws.ProviderArgs;
import com.pulumi.aws.inputs.ProviderDefaultTagsArgs;
import com.pulumi.resources.ComponentResourceOptions;
import dev.webstack.kit.naming.StandardTags;
import dev.webstack.settings.StackIdentity;
import java.util.ArrayList;
import java.util.List;

/**
 * The one AWS provider of a stack: its region, and the standard tags as default tags so that
 * no resource can be created untagged. Components receive it through their options and pass
 * it to their children by parentage.
 */
public final class StackProvider {

    public static final String LOGICAL_NAME = "aws";
    /** CloudFront's certificates and log delivery are configured in us-east-1. */
    public static final String GLOBAL_REGION = "us-east-1";

    private StackProvider() {
    }

    /** Creates the provider and returns the component options that carry it. */
    public static ComponentResourceOptions create(StackIdentity identity) {
        return ComponentResourceOptions.builder().providers(provider(LOGICAL_NAME, identity, identity.region())).build();
    }

    /** The same, with every resource's type recorded as it is registered under these options. */
    public static ComponentResourceOptions create(StackIdentity identity, ResourceTypes types) {
        return ComponentResourceOptions.builder().providers(provider(LOGICAL_NAME, identity, identity.region()))
                .resourceTransformations(types).build();
    }

    /** The same, with further transformations after the type recording (the roles' permissions boundary). */
    public static ComponentResourceOptions create(StackIdentity identity, ResourceTypes types,
                                                  com.pulumi.resources.ResourceTransformation... more) {
        var all = new ArrayList<com.pulumi.resources.ResourceTransformation>();
        all.add(types);
        all.addAll(List.of(more));
        return ComponentResourceOptions.builder().providers(provider(LOGICAL_NAME, identity, identity.region()))
                .resourceTransformations(all).build();
    }

    /**
     * A second provider in us-east-1 with the same tags, for what CloudFront needs there. Passed
     * explicitly to the resources that use it, never as a component default.
     */
    public static Provider global(StackIdentity identity) {
        return provider(LOGICAL_NAME + "-" + GLOBAL_REGION, identity, GLOBAL_REGION);
    }

    private static Provider provider(String name, StackIdentity identity, String region) {
        return new Provider(name, ProviderArgs.builder()
                .region(region)
                .defaultTags(ProviderDefaultTagsArgs.builder().tags(StandardTags.of(identity)).build())
                .build());
    }
}
