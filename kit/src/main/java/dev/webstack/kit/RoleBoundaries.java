package dev.webstack.kit;

import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import com.pulumi.resources.ResourceTransformation;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Puts the stack's permissions boundary on every IAM role registered under the options it is
 * given to, except the children of the named component types (the deploy identity, which an
 * administrator creates and which the boundary would cap). The deploy role may create and change
 * only roles that carry this boundary (ADR 0020). Registered before any component exists; the
 * boundary's ARN is set once its policy is declared, and roles declared before then are left
 * as they are.
 */
public final class RoleBoundaries implements ResourceTransformation {

    private final Set<String> exemptParents;
    private final AtomicReference<Output<String>> boundaryArn = new AtomicReference<>();

    public RoleBoundaries(Set<String> exemptParents) {
        this.exemptParents = Set.copyOf(exemptParents);
    }

    /** The boundary every later role gets: the policy's ARN output, so each role waits for the policy. */
    public void use(Output<String> arn) {
        boundaryArn.set(arn);
    }

    @Override
    public Optional<Result> apply(Args args) {
        var arn = boundaryArn.get();
        if (arn == null || !(args.resource() instanceof Role) || !(args.args() instanceof RoleArgs role) || exempt(args.options().getParent())) {
            return Optional.empty();
        }
        return Optional.of(new Result(RoleArgs.builder(role).permissionsBoundary(arn).build(), args.options()));
    }

    private boolean exempt(Optional<Resource> parent) {
        return parent.map(p -> exemptParents.contains(p.pulumiResourceType())).orElse(false);
    }
}
