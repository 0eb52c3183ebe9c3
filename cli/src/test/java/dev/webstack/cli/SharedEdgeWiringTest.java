package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.cli.iam.IamExport;
import dev.webstack.plan.Plan;
import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.plan.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GIVEN staging adopting production's network, load balancer and registry (ADR 0024), WHEN both are planned offline
 * from the repository's stack files, THEN staging joins production's listener and VPC origin with a target group, a rule
 * and a distribution of its own, and its deploy role may touch its own rule on that listener and no other.
 */
class SharedEdgeWiringTest {

    private static final Path REPOSITORY = ProjectDirectory.find(Path.of("")).path();
    private static final String LISTENER_RULE = "aws:lb/listenerRule:ListenerRule";

    @TempDir
    static Path dir;
    private static Plan staging;
    private static Plan production;

    /** Staging's file without what it adopts, adopting from production with priority 10 and a deploy role. */
    static ProjectDirectory project(Path dir, String... extraLines) throws IOException {
        Files.copy(REPOSITORY.resolve("Pulumi.yaml"), dir.resolve("Pulumi.yaml"));
        // The owner holds a repository for staging (ADR 0025).
        Files.writeString(dir.resolve("Pulumi.production.yaml"), Files.readString(REPOSITORY.resolve("Pulumi.production.yaml"))
                + "  webstack:registry.sharedWith: [staging]\n");
        var text = new StringBuilder();
        for (var line : Files.readString(REPOSITORY.resolve("Pulumi.staging.yaml")).lines().toList()) {
            if (!line.matches("  webstack:(network|registry|edge\\.(deletionProtection|loadBalancerIdleTimeoutSeconds|accessLogRetentionDays))[.:].*")) {
                text.append(line).append('\n');
            }
        }
        for (var line : extraLines) {
            text.append("  ").append(line).append('\n');
        }
        Files.writeString(dir.resolve("Pulumi.staging.yaml"), text.toString());
        return ProjectDirectory.find(dir);
    }

    static final String[] ADOPTING = {"webstack:network.fromStack: production", "webstack:edge.fromStack: production",
            "webstack:registry.fromStack: production", "webstack:deploy.githubRepository: acme/shop"};

    @BeforeAll
    static void planBoth() throws IOException {
        var project = project(dir, withPriority("10"));
        staging = OfflinePlanner.plan(project, "staging");
        production = OfflinePlanner.plan(project, "production");
    }

    static String[] withPriority(String priority) {
        var lines = new java.util.ArrayList<>(List.of(ADOPTING));
        lines.add("webstack:edge.listenerRulePriority: " + priority);
        return lines.toArray(String[]::new);
    }

    @Test
    void theAdopterCreatesNoLoadBalancerListenerVpcOriginOrEntryRule() {
        assertEquals(List.of(), staging.ofType(AwsTypes.LB_LOAD_BALANCER));
        assertEquals(List.of(), staging.ofType(AwsTypes.LB_LISTENER));
        assertEquals(List.of(), staging.ofType(AwsTypes.CLOUDFRONT_VPC_ORIGIN));
        assertTrue(staging.ofType(AwsTypes.VPC_SECURITY_GROUP_INGRESS_RULE).stream().noneMatch(r -> r.name().equals("edge-alb-from-cloudfront")),
                "production's entry rule already admits CloudFront's VPC origins");
        assertEquals("production", staging.named("pulumi:pulumi:StackReference", "owner-production").inputText("name"));
    }

    @Test
    void itsRuleJoinsTheOwnersListenerWithItsOwnPriorityAndForwardsToItsOwnTargetGroup() {
        var rule = staging.named(LISTENER_RULE, "edge-from-cloudfront");
        var targets = staging.named(AwsTypes.LB_TARGET_GROUP, "edge-tg");

        assertEquals(production.named(AwsTypes.LB_LISTENER, "edge-http").outputText("arn"), rule.inputText("listenerArn"));
        assertEquals(10L, rule.input("priority").orElseThrow());
        assertEquals(targets.outputText("arn"), rule.input("actions[0].targetGroupArn").orElseThrow());
        assertEquals(production.output("network.vpcId"), targets.inputText("vpcId"), "the target group is in the owner's VPC");
        assertTrue(targets.inputText("name").matches("webstack-staging-app-3000-[0-9a-f]{4}"), targets.inputText("name"));
        assertEquals(1L, production.named(LISTENER_RULE, "edge-from-cloudfront").input("priority").orElseThrow(),
                "the owner keeps priority 1, the default it always had");
    }

    @Test
    void itsDistributionUsesTheOwnersVpcOriginAndHostAndSendsItsOwnHeader() {
        var origin = (Map<?, ?>) staging.named(AwsTypes.CLOUDFRONT_DISTRIBUTION, "edge-cdn").input("origins[0]").orElseThrow();

        assertEquals(production.named(AwsTypes.CLOUDFRONT_VPC_ORIGIN, "edge-vpc-origin").id(),
                ((Map<?, ?>) origin.get("vpcOriginConfig")).get("vpcOriginId"));
        assertEquals(production.output("edge.originHost"), origin.get("domainName"));
        var header = (Map<?, ?>) ((List<?>) origin.get("customHeaders")).get(0);
        // The values are secrets, masked in a plan; EdgeTest compares them in the clear.
        assertEquals(staging.named(LISTENER_RULE, "edge-from-cloudfront").input("conditions[0].httpHeader.httpHeaderName").orElseThrow(),
                header.get("name"), "the header it sends is the one its own rule matches");
        assertEquals(List.of(), staging.ofType(AwsTypes.ACM_CERTIFICATE), "no origin certificate: the origin is the owner's");
    }

    @Test
    void theAlarmsWatchTheOwnersLoadBalancerAndTheAdoptersOwnTargetGroup() {
        assertEquals(production.output("edge.albArnSuffix"), staging.output("edge.albArnSuffix"));
        var unhealthy = staging.named(AwsTypes.CLOUDWATCH_METRIC_ALARM, "alarms-unhealthy-targets");
        assertEquals(Map.of("TargetGroup", staging.output("edge.targetGroupArnSuffix"), "LoadBalancer", production.output("edge.albArnSuffix")),
                unhealthy.input("dimensions").orElseThrow());
        assertTrue(!staging.output("edge.targetGroupArnSuffix").equals(production.output("edge.targetGroupArnSuffix")));
    }

    @Test
    void theDeployRoleMayTouchItsOwnRuleOnTheOwnersListenerAndNoOther() throws IOException {
        var listener = String.valueOf(production.output("edge.listenerArn"));
        var statements = staging.ofType(AwsTypes.IAM_POLICY).stream().filter(p -> p.name().startsWith("deploy-manage-"))
                .flatMap(p -> ((List<?>) Json.parseObject(p.inputText("policy")).get("Statement")).stream())
                .map(s -> (Map<?, ?>) s).collect(Collectors.toMap(s -> String.valueOf(s.get("Sid")), s -> s));

        var create = statements.get("SharedListenerRuleCreate");
        assertEquals(List.of(listener), create.get("Resource"));
        assertEquals(Map.of("StringEquals", Map.of("aws:RequestTag/pulumi-stack", List.of("staging"))), create.get("Condition"));
        var own = statements.get("SharedListenerOwnRule");
        assertEquals(List.of(listener.replace(":listener/", ":listener-rule/") + "/*"), own.get("Resource"));
        assertEquals(Map.of("StringEquals", Map.of("aws:ResourceTag/pulumi-stack", List.of("staging"))), own.get("Condition"),
                "production's rule carries production's tag: out of reach");
        assertEquals(List.of("elasticloadbalancing:ModifyRule", "elasticloadbalancing:DeleteRule", "elasticloadbalancing:SetRulePriorities",
                "elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags"), own.get("Action"));
        assertEquals(own.get("Resource"), statements.get("SharedListenerRuleTagsOnCreate").get("Resource"));
        assertEquals(Map.of("StringEquals", Map.of("elasticloadbalancing:CreateAction", List.of("CreateRule"),
                "aws:RequestTag/pulumi-stack", List.of("staging"))), statements.get("SharedListenerRuleTagsOnCreate").get("Condition"),
                "tags only with the rule it creates");
        assertTrue(production.ofType(AwsTypes.IAM_POLICY).isEmpty() || production.ofType(AwsTypes.IAM_POLICY).stream()
                .noneMatch(p -> p.inputText("policy").contains("SharedListener")), "the owner has no shared-listener grant");

        // For .ci/iam-check.mjs: the adopter's roles simulated like the standalone stacks'.
        var out = Path.of("target", "iam", "shared-staging.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, Json.pretty(IamExport.of(staging)));
    }

    @Test
    void aPriorityTheOwnersRuleHoldsFailsTheUpdateNamingBothStacksKeys(@TempDir Path other) throws IOException {
        var project = project(other, withPriority("1"));

        var error = assertThrows(RuntimeException.class, () -> OfflinePlanner.plan(project, "staging"));

        var message = causes(error);
        assertTrue(message.contains("webstack:edge.listenerRulePriority: is 1, the same as production's webstack:edge.listenerRulePriority "
                + "(output edge.listenerRulePriority)"), message);
    }

    @Test
    void anOwnerOutsideTheRepositoryIsReadAsPlaceholdersOfItsListenerAndVpcOrigin(@TempDir Path other) throws IOException {
        var project = project(other, "webstack:network.fromStack: acme/webstack/shared", "webstack:edge.fromStack: acme/webstack/shared",
                "webstack:edge.listenerRulePriority: 10");

        var plan = OfflinePlanner.plan(project, "staging");

        assertEquals("arn:aws:elasticloadbalancing:ap-northeast-1:000000000000:listener/app/placeholder-of-shared/0000000000000000/0000000000000000",
                plan.named(LISTENER_RULE, "edge-from-cloudfront").inputText("listenerArn"));
        var origin = (Map<?, ?>) plan.named(AwsTypes.CLOUDFRONT_DISTRIBUTION, "edge-cdn").input("origins[0]").orElseThrow();
        assertEquals("vo_placeholder-of-shared", ((Map<?, ?>) origin.get("vpcOriginConfig")).get("vpcOriginId"));
        assertTrue(plan.warnings().stream().anyMatch(w -> w.startsWith("edge adopted from acme/webstack/shared, whose stack file is not in "
                + "this repository")), plan.warnings().toString());
    }

    private static String causes(Throwable error) {
        var text = new StringBuilder();
        for (var cause = error; cause != null; cause = cause.getCause()) {
            text.append(cause.getMessage()).append(" | ");
        }
        return text.toString();
    }
}
