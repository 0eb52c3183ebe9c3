package dev.webstack.kit;

import com.pulumi.aws.iam.Role;
import com.pulumi.core.Output;
import com.pulumi.resources.ResourceTransformation;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Records the type of every resource registered under the options it is given to, and the
 * IAM roles among them, changing nothing: how the deploy role learns exactly which resource
 * types its stack manages and which roles it passes, under {@code pulumi up} as offline.
 */
public final class ResourceTypes implements ResourceTransformation {

    private final Set<String> types = new ConcurrentSkipListSet<>();
    private final List<Role> roles = new CopyOnWriteArrayList<>();

    @Override
    public Optional<Result> apply(Args args) {
        types.add(args.resource().pulumiResourceType());
        if (args.resource() instanceof Role role) {
            roles.add(role);
        }
        return Optional.empty();
    }

    /** The ARNs of the IAM roles seen so far: the roles the stack passes to services. */
    public Output<List<String>> roleArns() {
        // Read once the roles are built: while a transformation runs, a role's outputs are not set yet.
        return Output.all(roles.stream().map(Role::arn).toList());
    }

    /** The types seen so far, in order. */
    public Set<String> seen() {
        return new TreeSet<>(types);
    }
}
