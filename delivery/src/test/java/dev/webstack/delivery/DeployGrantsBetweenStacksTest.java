package dev.webstack.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.kit.iam.PolicyDocument.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * GIVEN every grant in an adopting stack's scope, WHEN a statement is kept to the stack by the request's tags alone, THEN it
 * can only create: aws:RequestTag describes the request, not the resources the call acts on (IAM User Guide, "Controlling
 * access to AWS resources using tags"), so such a statement would reach another stack's existing resources (ADR 0020).
 * The simulated side of the same rule is .ci/iam-check.mjs's cross-stack probes.
 */
class DeployGrantsBetweenStacksTest {

    private static final DeployGrants.Scope ADOPTER = new DeployGrants.Scope("webstack-staging", "staging", "webstack", "123456789012",
            "ap-northeast-1", Optional.of("vpc-0123456789abcdef0"),
            Optional.of("arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:listener/app/webstack-production-alb/50dc6c495c0c9188/f2f7dc8efc522ab2"));

    /**
     * The calls a request tag may authorize: each creates the resource the statement names, or (CreateRule) a rule on the
     * one listener named by its ARN (ADR 0024). A new entry here is a claim that the call touches nothing that exists.
     */
    private static final Set<String> CREATING = Set.of("ec2:CreateVpc", "ec2:CreateSubnet", "ec2:CreateRouteTable",
            "ec2:CreateInternetGateway", "ec2:CreateSecurityGroup", "ec2:CreateVpcEndpoint", "ec2:CreateFlowLogs",
            "ec2:AuthorizeSecurityGroupIngress", "ec2:AuthorizeSecurityGroupEgress", "cloudfront:CreateDistribution",
            "cloudfront:CreateVpcOrigin", "kms:CreateKey", "elasticloadbalancing:CreateRule");

    /** The statements by their grant's sid (DeployIdentity sets the statement's own sid when it writes the policy). */
    private static Map<String, Statement> statements() {
        var bySid = new TreeMap<String, Statement>();
        DeployGrants.all().stream().filter(g -> g.appliesTo().test(ADOPTER)).forEach(g -> bySid.put(g.sid(), g.statement().apply(ADOPTER)));
        return bySid;
    }

    private static boolean keyedByRequestTagsOnly(Statement st) {
        var keys = st.conditions().values().stream().flatMap(m -> m.keySet().stream()).toList();
        return keys.stream().anyMatch(k -> k.startsWith("aws:RequestTag/"))
                && keys.stream().noneMatch(k -> k.startsWith("aws:ResourceTag/") || k.endsWith(":CreateAction"));
    }

    @Test
    void aStatementKeptToTheStackByItsRequestTagsAloneOnlyCreates() {
        var requestTagOnly = statements().entrySet().stream().filter(e -> keyedByRequestTagsOnly(e.getValue())).toList();

        assertTrue(requestTagOnly.size() >= 4, "the creating grants are found: " + requestTagOnly.stream().map(Map.Entry::getKey).toList());
        requestTagOnly.forEach(e -> e.getValue().actions().forEach(action ->
                assertTrue(CREATING.contains(action), e.getKey() + " lets " + action + " act on what exists by request tags alone")));
    }

    @Test
    void rulesAreAddedToAGroupOnlyByTheGroupsOwnTagOrTheOwnersLoadBalancerGroupByItsArn() {
        var authorize = Set.of("ec2:AuthorizeSecurityGroupIngress", "ec2:AuthorizeSecurityGroupEgress");

        var onGroups = statements().entrySet().stream()
                .filter(e -> e.getValue().actions().stream().anyMatch(authorize::contains))
                .filter(e -> e.getValue().resources().stream().noneMatch(r -> r.endsWith(":security-group-rule/*")))
                .toList();

        assertEquals(List.of("ChangeOwnNetwork"), onGroups.stream().map(Map.Entry::getKey).toList(),
                "SharedVpcGrants' statement is added beside these, by the owner's group's ARN (SharedVpcTenancyTest)");
        assertEquals(List.of("staging"), onGroups.get(0).getValue().conditions().get("StringEquals").get("aws:ResourceTag/pulumi-stack"));
        var newRules = statements().get("NewGroupRules");
        assertEquals(List.of("arn:aws:ec2:ap-northeast-1:123456789012:security-group-rule/*"), newRules.resources(),
                "a request tag reaches only the rule being created, never the group it is added to");
    }

    @Test
    void taggingANetworkResourceByRequestTagsNeedsOneNoStackHasLabelled() {
        var tagging = statements().get("TagNewNetwork");

        assertEquals(List.of("ec2:CreateTags"), tagging.actions());
        assertEquals(Map.of("aws:ResourceTag/pulumi-stack", List.of("true")), tagging.conditions().get("Null"),
                "production's database group, tagged production, cannot be relabelled staging");
        assertEquals(List.of("staging"), tagging.conditions().get("StringEquals").get("aws:RequestTag/pulumi-stack"));
    }

    @Test
    void aScalableTargetIsRegisteredByRequestTagsOnlyWhenNew() {
        var register = statements().get("RegisterScalingTagged");

        assertTrue(register.actions().contains("application-autoscaling:RegisterScalableTarget"));
        assertEquals(Map.of("aws:ResourceTag/pulumi-stack", List.of("true")), register.conditions().get("Null"),
                "registering again changes an existing target's capacity: another stack's is out of reach");
    }
}
