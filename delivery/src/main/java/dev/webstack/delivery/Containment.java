package dev.webstack.delivery;

import dev.webstack.kit.iam.PolicyDocument.Statement;
import dev.webstack.kit.naming.NameLimit;
import dev.webstack.kit.naming.Naming;
import java.util.ArrayList;
import java.util.List;

/**
 * What the deploy role may never do, whatever its grants say (ADR 0020): change its own identity
 * (its roles, their policies, the boundary), lift a boundary, or step into another role. Explicit
 * denies win over every allow (IAM User Guide, "Policy evaluation logic").
 */
final class Containment {

    /** The IAM writes on a role or a policy (Service Authorization Reference, IAM: write and permissions-management actions). */
    static final List<String> IAM_WRITES = List.of("iam:Attach*", "iam:Detach*", "iam:Put*", "iam:Delete*", "iam:Update*", "iam:Create*",
            "iam:Tag*", "iam:Untag*", "iam:SetDefaultPolicyVersion");

    private Containment() {
    }

    /**
     * The deploy identity's own roles and policies and the stack's boundary. A further identity the
     * deploy identity creates (a release role) adds its role's name here.
     */
    static List<String> selfArns(String account, Naming naming) {
        var iam = "arn:aws:iam::" + account + ":";
        var arns = new ArrayList<String>();
        arns.add(iam + "role/" + naming.physical("deploy", NameLimit.IAM_ROLE));
        arns.add(iam + "role/" + naming.physical("preview", NameLimit.IAM_ROLE));
        arns.add(iam + "policy/" + naming.prefix() + "-deploy-*");
        arns.add(iam + "policy/" + naming.physical("read", NameLimit.GENERAL));
        arns.add(iam + "policy/" + naming.physical(RoleBoundary.NAME, NameLimit.GENERAL));
        return arns;
    }

    static List<Statement> statements(String account, Naming naming) {
        return List.of(
                Statement.deny(IAM_WRITES.toArray(String[]::new)).sid("NeverItsOwnIdentity").on(selfArns(account, naming)).build(),
                // No role of the stack may lose its boundary, and no boundary may be rewritten (above).
                Statement.deny("iam:DeleteRolePermissionsBoundary").sid("NeverLiftABoundary").on("*").build(),
                // A role it could re-trust would be a way to its data: it assumes none.
                Statement.deny("sts:AssumeRole").sid("NeverAnotherRole").on("*").build());
    }
}
