package dev.webstack.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.core.Output;
import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.json.Json;
import dev.webstack.settings.Environment;
import dev.webstack.testkit.ComponentHarness;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** GIVEN a stack's resource types and release targets, WHEN its deploy identity is planned, THEN only its repository can deploy, and only it. */
class DeployIdentityTest {

    static final List<String> ROLES = List.of("arn:aws:iam::123456789012:role/webstack-staging-ecs-task",
            "arn:aws:iam::123456789012:role/webstack-staging-ecs-execution");
    static final String CLUSTER = "arn:aws:ecs:ap-northeast-1:123456789012:cluster/webstack-staging";
    static final String REPOSITORY = "arn:aws:ecr:ap-northeast-1:123456789012:repository/webstack-production";

    static Plan plan(Environment environment, Set<String> types, String... settings) {
        return plan(environment, types, java.util.Optional.empty(), settings);
    }

    /** An owner's listener this stack's rule joins (webstack:edge.fromStack, ADR 0024). */
    static final String SHARED_LISTENER = "arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:listener/app/"
            + "webstack-production-alb/50dc6c495c0c9188/f2f7dc8efc522ab2";

    static Plan plan(Environment environment, Set<String> types, java.util.Optional<String> sharedListener, String... settings) {
        return ComponentHarness.run(environment, (context, options) -> {
            var stack = ComponentHarness.settings(environment, concat("webstack:deploy.githubRepository: acme/shop", settings));
            var args = DeployIdentityArgs.builder()
                    .naming(ComponentHarness.naming(environment))
                    .identity(ComponentHarness.identity(environment))
                    .settings(stack.deploy())
                    .resourceTypes(types)
                    .vpcId(Output.of("vpc-0123456789abcdef0"))
                    .passedRoleArns(Output.of(ROLES))
                    .release(new DeployIdentityArgs.Release(Output.of(REPOSITORY), Output.of(CLUSTER), Output.of("webstack-staging"),
                            Output.of("webstack-staging-migration"), Output.of("webstack-staging-app")));
            sharedListener.ifPresent(arn -> args.sharedListenerArn(Output.of(arn)));
            new DeployIdentity("deploy", args.build(), options).contract().exportTo(context);
        });
    }

    private static String[] concat(String first, String... rest) {
        var all = new ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    private static List<Map<?, ?>> statements(String document) {
        return ((List<?>) Json.parseObject(document).get("Statement")).stream().<Map<?, ?>>map(s -> (Map<?, ?>) s).toList();
    }

    /** Every statement of the policies attached to a role. */
    private static List<Map<?, ?>> granted(Plan plan, String roleName) {
        var role = plan.named("aws:iam/role:Role", roleName);
        return plan.ofType("aws:iam/rolePolicyAttachment:RolePolicyAttachment").stream()
                .filter(a -> a.inputText("role").equals(role.outputText("name")))
                .map(a -> plan.resolve("aws:iam/policy:Policy", a.inputText("policyArn")).orElseThrow())
                .flatMap(p -> statements(p.inputText("policy")).stream()).toList();
    }

    private static Set<String> actions(List<Map<?, ?>> statements) {
        return statements.stream().flatMap(s -> ((List<?>) s.get("Action")).stream()).map(String::valueOf).collect(Collectors.toSet());
    }

    private static Map<?, ?> statement(List<Map<?, ?>> statements, String sid) {
        return statements.stream().filter(s -> sid.equals(s.get("Sid"))).findFirst().orElseThrow(() -> new AssertionError("no " + sid));
    }

    @Test
    void onlyTheRepositorysBranchOrEnvironmentMayAssumeTheDeployRole() {
        var plan = plan(Environment.STAGING, Set.of("aws:ecs/service:Service"));
        var role = plan.named("aws:iam/role:Role", "deploy-role");
        var trust = statements(role.inputText("assumeRolePolicy")).get(0);
        assertEquals(List.of("sts:AssumeRoleWithWebIdentity"), trust.get("Action"));
        assertEquals(Map.of("Federated", List.of("arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com")),
                trust.get("Principal"));
        assertEquals(Map.of("StringEquals", Map.of("token.actions.githubusercontent.com:aud", List.of("sts.amazonaws.com"),
                "token.actions.githubusercontent.com:sub", List.of("repo:acme/shop:environment:staging", "repo:acme/shop:ref:refs/heads/develop"))),
                trust.get("Condition"));
        assertEquals((double) DeployIdentity.SESSION_SECONDS, ((Number) role.input("maxSessionDuration").orElseThrow()).doubleValue());
        assertEquals("webstack-staging-deploy", role.inputText("name"));
        assertEquals(role.outputText("arn"), plan.output(DeployContract.ROLE_ARN));
    }

    @Test
    void theProviderIsCreatedByOneStackOfTheAccountAndUsedByTheOthers() {
        assertTrue(plan(Environment.STAGING, Set.of()).ofType("aws:iam/openIdConnectProvider:OpenIdConnectProvider").isEmpty());
        var production = plan(Environment.PRODUCTION, Set.of());
        var provider = production.named("aws:iam/openIdConnectProvider:OpenIdConnectProvider", "deploy-github");
        assertEquals("https://token.actions.githubusercontent.com", provider.inputText("url"));
        assertEquals(List.of("sts.amazonaws.com"), provider.inputList("clientIdLists"));
        var trust = statements(production.named("aws:iam/role:Role", "deploy-role").inputText("assumeRolePolicy")).get(0);
        assertEquals(Map.of("Federated", List.of(provider.outputText("arn"))), trust.get("Principal"));
        assertTrue(trust.get("Condition").toString().contains("repo:acme/shop:ref:refs/heads/main"));
    }

    @Test
    void theRoleGetsTheGrantsOfItsStacksTypesAndNoOthers() {
        var withoutFirewall = actions(granted(plan(Environment.STAGING, Set.of("aws:lb/loadBalancer:LoadBalancer")), "deploy-role"));
        assertTrue(withoutFirewall.contains("elasticloadbalancing:CreateLoadBalancer"));
        assertFalse(withoutFirewall.stream().anyMatch(a -> a.startsWith("wafv2:") && !a.contains("Get") && !a.contains("List")));
        var withFirewall = actions(granted(plan(Environment.STAGING, Set.of("aws:lb/loadBalancer:LoadBalancer", "aws:wafv2/webAcl:WebAcl")),
                "deploy-role"));
        assertTrue(withFirewall.contains("wafv2:CreateWebACL"));
    }

    @Test
    void theFirewallGrantReachesTheCloudFrontScopeAclAndItsLogsInUsEast1() {
        // GIVEN a stack with a web ACL and log groups WHEN its deploy role is planned
        var granted = granted(plan(Environment.PRODUCTION, Set.of("aws:wafv2/webAcl:WebAcl", "aws:cloudwatch/logGroup:LogGroup")),
                "deploy-role");
        // THEN the ACL's global ARN and managed rule sets in us-east-1, and the WAF log group there
        var firewall = (List<?>) statement(granted, "Firewall").get("Resource");
        assertTrue(firewall.contains("arn:aws:wafv2:us-east-1:123456789012:global/webacl/webstack-production-*/*"), firewall.toString());
        assertTrue(firewall.contains("arn:aws:wafv2:us-east-1:123456789012:global/managedruleset/*/*"), firewall.toString());
        var logGroups = (List<?>) statement(granted, "LogGroups").get("Resource");
        assertTrue(logGroups.contains("arn:aws:logs:us-east-1:123456789012:log-group:aws-waf-logs-webstack-production*"), logGroups.toString());
    }

    @Test
    void aGrantOnResourcesTheStackNamesIsScopedByItsPrefixAndTheOthersByItsTags() {
        var granted = granted(plan(Environment.STAGING, Set.of("aws:rds/instance:Instance", "aws:ec2/vpc:Vpc",
                "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup")), "deploy-role");
        var database = statement(granted, "Database");
        assertTrue(((List<?>) database.get("Resource")).contains("arn:aws:rds:ap-northeast-1:123456789012:db:webstack-staging-*"));
        var network = statement(granted, "ChangeOwnNetwork");
        assertEquals(Map.of("StringEquals", Map.of("aws:ResourceTag/pulumi-stack", List.of("staging"),
                "aws:ResourceTag/pulumi-project", List.of("webstack"))), network.get("Condition"));
        var created = statement(granted, "CreateNetworkTagged");
        assertEquals(Map.of("StringEquals", Map.of("aws:RequestTag/pulumi-stack", List.of("staging"),
                "aws:RequestTag/pulumi-project", List.of("webstack"))), created.get("Condition"));
        assertEquals(Map.of("ArnEquals", Map.of("ec2:Vpc", List.of("arn:aws:ec2:ap-northeast-1:123456789012:vpc/vpc-0123456789abcdef0")),
                        "Null", Map.of("aws:ResourceTag/pulumi-stack", List.of("true"))),
                statement(granted, "AdoptDefaultGroup").get("Condition"), "the untagged default group of this stack's VPC only");
    }

    @Test
    void theReleaseMayRunOnlyTheMigrationInItsClusterAndPassOnlyTheStacksRoles() {
        var granted = granted(plan(Environment.STAGING, Set.of("aws:ecs/service:Service")), "deploy-role");
        var run = statement(granted, "ReleaseRunsTheMigration");
        assertEquals(List.of("arn:aws:ecs:ap-northeast-1:123456789012:task-definition/webstack-staging-migration:*"), run.get("Resource"));
        assertEquals(Map.of("ArnEquals", Map.of("ecs:cluster", List.of(CLUSTER))), run.get("Condition"));
        assertEquals(List.of(REPOSITORY), statement(granted, "ReleaseMovesTheTag").get("Resource"), "the adopted repository, if adopted");
        var pass = statement(granted, "PassTheStacksRoles");
        assertEquals(ROLES, pass.get("Resource"));
        assertEquals(Map.of("StringEquals", Map.of("iam:PassedToService", DeployGrants.PASSED_TO)), pass.get("Condition"));
    }

    @Test
    void pullRequestsGetARoleThatCanOnlyRead() {
        var plan = plan(Environment.STAGING, Set.of("aws:ecs/service:Service", "aws:rds/instance:Instance"));
        var preview = plan.named("aws:iam/role:Role", "deploy-preview-role");
        var trust = statements(preview.inputText("assumeRolePolicy")).get(0);
        assertTrue(trust.get("Condition").toString().contains("repo:acme/shop:pull_request"));
        var granted = granted(plan, "deploy-preview-role");
        // Describe, List and Get on "*"; budgets:ViewBudget, the one read named otherwise, on the stack's budgets only.
        var others = actions(granted).stream().filter(a -> !a.matches("[a-z0-9-]+:(Describe|List|Get)[A-Za-z]*\\*?")).toList();
        assertEquals(List.of("budgets:ViewBudget"), others);
        assertEquals(List.of("*"), granted.get(0).get("Resource"));
        assertEquals(List.of("arn:aws:budgets::123456789012:budget/webstack-staging-*"), statement(granted, "ReadTheStacksBudgets").get("Resource"));
        assertTrue(plan(Environment.STAGING, Set.of(), "webstack:deploy.previewRole: false").where(r -> r.name().contains("preview")).isEmpty());
    }

    @Test
    void anAdoptersRoleMayCreateItsRuleOnTheOwnersListenerAndTouchOnlyItsOwnRulesThere() {
        var types = Set.of("aws:lb/listenerRule:ListenerRule", "aws:lb/targetGroup:TargetGroup");
        var own = plan(Environment.STAGING, types).where(r -> r.name().startsWith("deploy-manage-"));
        var sharing = plan(Environment.STAGING, types, java.util.Optional.of(SHARED_LISTENER))
                .where(r -> r.name().startsWith("deploy-manage-"));

        assertTrue(own.stream().noneMatch(p -> p.inputText("policy").contains("SharedListener")), "no owner's listener, no grant on one");
        var statements = sharing.stream().flatMap(p -> statements(p.inputText("policy")).stream())
                .collect(java.util.stream.Collectors.toMap(st -> String.valueOf(st.get("Sid")), st -> st));
        assertEquals(List.of(SHARED_LISTENER), statements.get("SharedListenerRuleCreate").get("Resource"));
        var rules = List.of(SHARED_LISTENER.replace(":listener/", ":listener-rule/") + "/*");
        assertEquals(rules, statements.get("SharedListenerOwnRule").get("Resource"));
        assertEquals(Map.of("StringEquals", Map.of("aws:ResourceTag/pulumi-stack", List.of("staging"))),
                statements.get("SharedListenerOwnRule").get("Condition"));
        assertEquals(rules, statements.get("SharedListenerRuleTagsOnCreate").get("Resource"));
    }

    @Test
    void everyManagedPolicyFitsIamsLimitWhateverTheTypes() {
        var every = DeployGrants.types();
        // With an adopted load balancer too: every grant applies, the largest policy there is.
        var plan = plan(Environment.PRODUCTION, every, java.util.Optional.of(SHARED_LISTENER));
        var policies = plan.where(r -> r.type().equals("aws:iam/policy:Policy") && r.name().startsWith("deploy-manage-"));
        assertTrue(policies.size() >= 2, "every grant does not fit one policy: " + policies.size());
        for (PlannedResource policy : policies) {
            assertTrue(policy.inputText("policy").replaceAll("\\s", "").length() <= 6144, policy.name());
        }
        var sids = policies.stream().flatMap(p -> statements(p.inputText("policy")).stream()).map(s -> s.get("Sid")).toList();
        assertEquals(DeployGrants.all().size() + 5 + 3, sids.size(), "every grant, the release's five statements and the three denies, each once");
    }

    @Test
    void aDeployIdentityNeedsARepository() {
        var error = assertThrows(IllegalArgumentException.class, () -> DeployIdentityArgs.builder()
                .naming(ComponentHarness.naming(Environment.STAGING)).identity(ComponentHarness.identity(Environment.STAGING))
                .settings(ComponentHarness.settings(Environment.STAGING).deploy()).resourceTypes(Set.of())
                .passedRoleArns(Output.of(List.of())).release(new DeployIdentityArgs.Release(Output.of(""), Output.of(""), Output.of(""),
                        Output.of(""), Output.of(""))).build());
        assertTrue(error.getMessage().contains("webstack:deploy.githubRepository"), error.getMessage());
    }
}
