package dev.webstack.delivery;

import com.pulumi.aws.iam.Policy;
import com.pulumi.aws.iam.PolicyArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import dev.webstack.kit.Children;
import dev.webstack.kit.iam.PolicyDocument;
import dev.webstack.kit.iam.PolicyDocument.Statement;
import dev.webstack.kit.naming.NameLimit;
import java.util.LinkedHashMap;

/**
 * The permissions boundary of every role the deploy role creates: whatever a role's own policy
 * grants, it can never touch IAM, assume another role or leave the account's organisation
 * controls, pass another stack's role or read another stack's database password (IAM User Guide, "Permissions
 * boundaries for IAM entities": effective permissions are the intersection of the identity policy
 * and the boundary). Created before the components so that their roles can name it.
 */
public final class RoleBoundary extends ComponentResource {

    public static final String TYPE = "webstack:delivery:RoleBoundary";
    /** The boundary's name after the stack's prefix; DeployGrants' conditions name the same. */
    static final String NAME = "boundary";

    private final Output<String> arn;

    public RoleBoundary(String name, RoleBoundaryArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var naming = args.naming();
        var policy = new Policy(name + "-policy", PolicyArgs.builder()
                .name(naming.physical(NAME, NameLimit.GENERAL))
                .description("Permissions boundary of " + naming.prefix() + "'s roles: no IAM, no role hopping")
                .policy(document(naming.prefix()))
                .build(), Children.of(this));
        this.arn = policy.arn();
        var outputs = new LinkedHashMap<String, Output<?>>();
        outputs.put("arn", arn);
        registerOutputs(outputs);
    }

    /**
     * Everything but IAM and STS role assumption. A boundary grants nothing by itself; it caps. The
     * roles' own policies stay the grant (and are checked by the IAM check). The one IAM action
     * left is handing one of the stack's own roles to ECS tasks, which the release role needs to
     * run the migration (ADR 0021): {@code iam:PassedToService} exists only on iam:PassRole, and a
     * negated operator on a key the request lacks is true ("If the policy condition requires that
     * the key is not matched, such as StringNotLike or ArnNotLike, and the right key is not
     * present, the condition is true": IAM User Guide, IAM JSON policy elements: Condition
     * operators), so every other IAM action is denied. PassRole names no condition key for the
     * role passed, so the stack's roles are kept by NotResource: a deny of every other role (IAM
     * User Guide, "IAM JSON policy elements: NotResource"); a bounded role cannot hand ECS another
     * stack's task role. The database's RDS-managed secret ({@code rds!db-<uuid>}, named by RDS)
     * is kept to the stack's databases by the tag RDS puts on it, as the deploy grant
     * DatabasePassword does: a bounded role cannot read another stack's password.
     */
    static String document(String prefix) {
        return PolicyDocument.of(
                Statement.boundaryCeiling(),
                Statement.deny("iam:*").sid("NeverIdentityButPassingARoleToEcsTasks").on("*")
                        .when("StringNotEquals", "iam:PassedToService", "ecs-tasks.amazonaws.com").build(),
                Statement.deny("iam:PassRole").sid("PassingOnlyTheStacksOwnRoles").notOn("arn:aws:iam::*:role/" + prefix + "-*").build(),
                // AssumeRoleWithWebIdentity and AssumeRoleWithSAML are not signed with the caller's credentials, so AWS
                // evaluates only the target role's trust policy for them (IAM User Guide, "Compare AWS STS credentials"):
                // denied here for completeness; the trust policies are the control (ADR 0020).
                Statement.deny("sts:AssumeRole", "sts:AssumeRoleWithWebIdentity", "sts:AssumeRoleWithSAML", "organizations:*", "account:*")
                        .sid("NeverAnotherRoleOrTheAccount").on("*").build(),
                Statement.deny("secretsmanager:*").sid("OnlyTheStacksDatabasePasswords").on("arn:aws:secretsmanager:*:*:secret:rds!*")
                        .when("ArnNotLike", "aws:ResourceTag/aws:rds:primaryDBInstanceArn", "arn:aws:rds:*:*:db:" + prefix + "-*").build())
                .toJson();
    }

    public RoleBoundaryContract contract() {
        return new RoleBoundaryContract(arn);
    }
}
