package dev.webstack.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.core.naming.NameLimit;
import dev.webstack.core.offline.Taggability;
import dev.webstack.core.plan.Plan;
import dev.webstack.core.plan.PlannedResource;
import dev.webstack.network.NetworkContract;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both real stack files, planned by the real program under the offline engine. */
class StackWiringTest {

    private static final Map<String, Plan> PLANS = new ConcurrentHashMap<>();

    static Plan plan(String stack) {
        return PLANS.computeIfAbsent(stack, s -> OfflinePlanner.plan(ProjectDirectory.find(Path.of("")), s));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void everyAwsResourceGoesThroughTheStacksProvider(String stack) {
        var plan = plan(stack);
        var provider = plan.named("pulumi:providers:aws", "aws");
        assertEquals("ap-northeast-1", provider.inputText("region"));
        for (var resource : plan.cloudResources()) {
            assertEquals(provider.urn() + "::" + provider.id(), resource.provider(), resource.name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void everyTaggableResourceCarriesAppEnvironmentAndManagedBy(String stack) {
        var plan = plan(stack);
        var taggable = plan.cloudResources().stream().filter(r -> Taggability.isTaggable(r.type())).toList();
        assertTrue(taggable.size() > 10);
        for (var resource : taggable) {
            var tags = (Map<?, ?>) resource.output("tagsAll").orElseThrow(() -> new AssertionError(resource + " has no tags"));
            assertEquals("webstack", tags.get("app"), resource.name());
            assertEquals(stack, tags.get("environment"), resource.name());
            assertEquals("pulumi", tags.get("managed-by"), resource.name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void exportsTheNetworkContractFromTheResourcesItNames(String stack) {
        var plan = plan(stack);
        assertEquals(plan.ofType("aws:ec2/vpc:Vpc").get(0).id(), plan.output(NetworkContract.VPC_ID));
        assertEquals(idsOf(plan, "aws:ec2/subnet:Subnet", "main-public-"), plan.output(NetworkContract.PUBLIC_SUBNET_IDS));
        assertEquals(idsOf(plan, "aws:ec2/subnet:Subnet", "main-isolated-"), plan.output(NetworkContract.ISOLATED_SUBNET_IDS));
        assertEquals(plan.named("aws:ec2/securityGroup:SecurityGroup", "main-alb-sg").id(), plan.output(NetworkContract.ALB_SG_ID));
        assertEquals(plan.named("aws:ec2/securityGroup:SecurityGroup", "main-app-sg").id(), plan.output(NetworkContract.APP_SG_ID));
        assertEquals(plan.named("aws:ec2/securityGroup:SecurityGroup", "main-db-sg").id(), plan.output(NetworkContract.DB_SG_ID));
        assertEquals(stack, plan.output(WebstackProgram.ENVIRONMENT_OUTPUT));
        assertEquals("webstack-" + stack, plan.output(WebstackProgram.NAME_PREFIX_OUTPUT));
    }

    private static List<String> idsOf(Plan plan, String type, String namePrefix) {
        return plan.ofType(type).stream().filter(r -> r.name().startsWith(namePrefix))
                .sorted(java.util.Comparator.comparing(PlannedResource::name)).map(PlannedResource::id).toList();
    }

    @Test
    void eachStackGetsTheNetworkItsSeedAsksFor() {
        var staging = plan("staging");
        var production = plan("production");
        assertEquals("10.0.0.0/16", staging.ofType("aws:ec2/vpc:Vpc").get(0).inputText("cidrBlock"));
        assertEquals("10.2.0.0/16", production.ofType("aws:ec2/vpc:Vpc").get(0).inputText("cidrBlock"));
        assertEquals(7L, staging.named("aws:cloudwatch/logGroup:LogGroup", "main-flow-logs").input("retentionInDays").orElseThrow());
        assertEquals(30L, production.named("aws:cloudwatch/logGroup:LogGroup", "main-flow-logs").input("retentionInDays").orElseThrow());
        for (var plan : List.of(staging, production)) {
            assertEquals(List.of(), plan.ofType("aws:ec2/natGateway:NatGateway"));
            assertEquals(List.of(), plan.ofType("aws:ec2/eip:Eip"));
        }
    }

    @Test
    void physicalNamesNeverCollideBetweenStacksAndFitAwsLimits() {
        var names = new HashSet<String>();
        for (var stack : List.of("staging", "production")) {
            for (var resource : plan(stack).cloudResources()) {
                var name = resource.input("name");
                // An inline policy's name is scoped to its role, not to the account.
                if (name.isEmpty() || resource.type().equals("aws:iam/rolePolicy:RolePolicy")) {
                    continue;
                }
                assertTrue(names.add(resource.type() + " " + name.get()), "two stacks share " + name.get());
                var limit = switch (resource.type()) {
                    case "aws:iam/role:Role" -> NameLimit.IAM_ROLE;
                    case "aws:cloudwatch/logGroup:LogGroup" -> NameLimit.LOG_GROUP;
                    default -> NameLimit.SECURITY_GROUP;
                };
                assertTrue(String.valueOf(name.get()).length() <= limit.maxLength(), name.get() + " exceeds " + limit);
            }
        }
    }

    @Test
    void warnsAboutStagingTradeOffsButNotAboutAProductionThatHasNone() {
        var staging = plan("staging").warnings();
        assertEquals(3, staging.size(), String.join("\n", staging));
        assertTrue(staging.stream().allMatch(w -> w.startsWith("staging cost trade-off: ")));
        assertTrue(staging.stream().anyMatch(w -> w.contains("database.multiAz=false")));
        assertEquals(List.of(), plan("production").warnings());
    }

    @Test
    void theTreeGroupsEveryCloudResourceUnderAComponent() {
        var plan = plan("staging");
        var byComponent = plan.cloudResources().stream()
                .collect(Collectors.groupingBy(r -> plan.componentOf(r).map(PlannedResource::type).orElse("none")));
        assertEquals(Map.of("webstack:network:Network", 28), byComponent.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size())));
    }
}
