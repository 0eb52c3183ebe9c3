package dev.webstack.kit;

import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.function.UnaryOperator;

/**
 * Options for what a component creates: always parented to the component, so children
 * inherit its provider (region, default tags) and appear under it in plans and the console.
 */
public final class Children {

    private Children() {
    }

    public static CustomResourceOptions of(Resource parent) {
        return CustomResourceOptions.builder().parent(parent).build();
    }

    /** Parent plus further options, e.g. {@code o -> o.protect(true)}. */
    public static CustomResourceOptions of(Resource parent, UnaryOperator<CustomResourceOptions.Builder> more) {
        return more.apply(CustomResourceOptions.builder().parent(parent)).build();
    }

    /** Invokes (data sources) go through the component's provider too. */
    public static InvokeOptions invoke(Resource parent) {
        return InvokeOptions.builder().parent(parent).build();
    }
}
