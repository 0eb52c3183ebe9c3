package dev.webstack.core.component;

import com.pulumi.aws.Provider;
import com.pulumi.aws.ProviderArgs;
import com.pulumi.aws.inputs.ProviderDefaultTagsArgs;
import com.pulumi.resources.ComponentResourceOptions;
import dev.webstack.core.naming.StandardTags;
import dev.webstack.core.settings.StackIdentity;

/**
 * The one AWS provider of a stack: its region, and the standard tags as default tags so that
 * no resource can be created untagged. Components receive it through their options and pass
 * it to their children by parentage.
 */
public final class StackProvider {

    public static final String LOGICAL_NAME = "aws";

    private StackProvider() {
    }

    /** Creates the provider and returns the component options that carry it. */
    public static ComponentResourceOptions create(StackIdentity identity) {
        var provider = new Provider(LOGICAL_NAME, ProviderArgs.builder()
                .region(identity.region())
                .defaultTags(ProviderDefaultTagsArgs.builder().tags(StandardTags.of(identity)).build())
                .build());
        return ComponentResourceOptions.builder().providers(provider).build();
    }
}
