package dev.webstack.kit;

import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.inputs.GetCallerIdentityArgs;
import com.pulumi.aws.inputs.GetRegionArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;

/**
 * The account and region a component deploys into, asked through its own provider so that
 * they are the stack's, never the ambient credentials' defaults.
 */
public final class StackFacts {

    private StackFacts() {
    }

    public static Output<String> account(Resource component) {
        return AwsFunctions.getCallerIdentity(GetCallerIdentityArgs.builder().build(), Children.invoke(component))
                .applyValue(identity -> identity.accountId());
    }

    public static Output<String> region(Resource component) {
        return AwsFunctions.getRegion(GetRegionArgs.builder().build(), Children.invoke(component)).applyValue(r -> r.name());
    }
}
