package dev.webstack.cli.iam;

import dev.webstack.plan.Plan;
import java.util.List;

/**
 * One source of expectations for the IAM check, derived from the plan's resources. A new kind
 * of role (a release identity, say) adds its source to {@link IamExport#NEEDS}; the check
 * reports any role of the plan that no source speaks for.
 */
public interface RoleNeeds {

    List<Expectation> of(Plan plan);
}
