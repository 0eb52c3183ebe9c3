package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.Plan;
import dev.webstack.plan.json.Json;
import dev.webstack.settings.StackFileConfigSource;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GIVEN the worked example of the requirements' shared topology (examples/shared-topology: production owns the VPC,
 * the load balancer and the registry; staging adopts them, ADR 0026), WHEN both stacks are planned and priced offline,
 * THEN the adopter creates none of what it adopts and none of the owner's groups, joins the owner's listener with a
 * rule and target group of its own, the owner's repositories keep every *-latest image, and the two stacks cost at
 * least one load balancer less a month than the repository's two standalone stacks.
 */
class SharedTopologyExampleTest {

    private static final ProjectDirectory REPOSITORY = ProjectDirectory.find(Path.of(""));
    private static final ProjectDirectory EXAMPLE = ProjectDirectory.find(REPOSITORY.path().resolve("examples/shared-topology"));

    private static Plan owner;
    private static Plan adopter;

    @BeforeAll
    static void planTheExample() {
        owner = OfflinePlanner.plan(EXAMPLE, "production");
        adopter = OfflinePlanner.plan(EXAMPLE, "staging");
    }

    @Test
    void theExampleIsTheRepositorysStackFilesPlusOnlyWhatAdoptionNeeds() {
        assertEquals(REPOSITORY.projectName(), EXAMPLE.projectName(), "same project: the references read acme/webstack/<stack>");
        differsOnlyIn("production", Set.of(), Set.of("webstack:registry.sharedWith"));
        differsOnlyIn("staging", Set.of("webstack:network.cidr", "webstack:network.azCount", "webstack:network.flowLogs.retentionDays",
                        "webstack:network.flowLogs.traffic", "webstack:registry.untaggedImageDays", "webstack:registry.imagesKept",
                        "webstack:edge.deletionProtection", "webstack:edge.accessLogRetentionDays"),
                Set.of("webstack:network.fromStack", "webstack:edge.fromStack", "webstack:registry.fromStack",
                        "webstack:edge.listenerRulePriority"));
    }

    /** Every other key of the example's stack file has the repository's value: the cost comparison is like for like. */
    private static void differsOnlyIn(String stack, Set<String> removed, Set<String> added) {
        var root = StackFileConfigSource.load(REPOSITORY.path(), stack);
        var example = StackFileConfigSource.load(EXAMPLE.path(), stack);
        var expectedKeys = new TreeSet<>(root.keys());
        expectedKeys.removeAll(removed);
        expectedKeys.addAll(added);
        assertEquals(expectedKeys, new TreeSet<>(example.keys()), stack + ": keys beyond the adoption's");
        for (var key : example.keys()) {
            if (!added.contains(key)) {
                assertEquals(root.get(key), example.get(key), stack + " " + key + " differs from the repository's Pulumi." + stack + ".yaml");
            }
        }
    }

    @Test
    void theAdopterPlansNoVpcLoadBalancerListenerOrRepository() {
        for (var type : List.of("aws:ec2/vpc:Vpc", "aws:ec2/subnet:Subnet", "aws:lb/loadBalancer:LoadBalancer", "aws:lb/listener:Listener",
                "aws:cloudfront/vpcOrigin:VpcOrigin", "aws:ecr/repository:Repository")) {
            assertEquals(List.of(), adopter.ofType(type), type);
            assertTrue(!owner.ofType(type).isEmpty(), "the owner has " + type);
        }
    }

    @Test
    void theAdoptersGroupsAreItsOwnInTheOwnersVpc() {
        var ownerGroups = ids(owner, "aws:ec2/securityGroup:SecurityGroup");
        var adopterGroups = ids(adopter, "aws:ec2/securityGroup:SecurityGroup");

        assertEquals(2, adopterGroups.size(), "app and db; the load balancer's group is the owner's");
        assertTrue(adopterGroups.stream().noneMatch(ownerGroups::contains), "none of the owner's groups");
        var ownerVpc = owner.named("aws:ec2/vpc:Vpc", "main-vpc").id();
        adopter.ofType("aws:ec2/securityGroup:SecurityGroup").forEach(g -> assertEquals(ownerVpc, g.inputText("vpcId")));
        var serviceGroups = adopter.named("aws:ecs/service:Service", "app-service").inputList("networkConfiguration.securityGroups");
        assertTrue(adopterGroups.containsAll(serviceGroups.stream().map(String::valueOf).toList()), "its tasks run in its own group");
    }

    @Test
    void eachDatabaseAdmitsOnlyItsOwnStacksTasks() {
        assertEquals(Set.of(owner.named("aws:ec2/securityGroup:SecurityGroup", "main-app-sg").id()), admittedToDatabase(owner));
        assertEquals(Set.of(adopter.named("aws:ec2/securityGroup:SecurityGroup", "groups-app-sg").id()), admittedToDatabase(adopter));
        assertTrue(adopter.ofType("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule").stream()
                        .noneMatch(rule -> ids(owner, "aws:ec2/securityGroup:SecurityGroup").contains(rule.inputText("securityGroupId"))),
                "the adopter writes no ingress rule into any group of the owner's");
    }

    @Test
    void theAdopterJoinsTheOwnersListenerWithItsOwnTargetGroupAndRule() {
        var rules = adopter.ofType("aws:lb/listenerRule:ListenerRule");
        assertEquals(1, rules.size());
        var rule = rules.get(0);
        var ownersListener = owner.ofType("aws:lb/listener:Listener").stream()
                .filter(l -> Long.valueOf(80).equals(l.input("port").orElse(null))).findFirst().orElseThrow();
        assertEquals(ownersListener.id(), rule.inputText("listenerArn"));
        assertEquals(10L, rule.input("priority").orElseThrow());
        var ownersPriority = owner.ofType("aws:lb/listenerRule:ListenerRule").get(0).input("priority").orElseThrow();
        assertTrue(!ownersPriority.equals(rule.input("priority").orElseThrow()), "a priority the owner's rule does not hold");
        var targetGroups = adopter.ofType("aws:lb/targetGroup:TargetGroup");
        assertEquals(1, targetGroups.size());
        assertTrue(Json.compact(rule.input("actions").orElseThrow()).contains(targetGroups.get(0).outputText("arn")),
                "forwards to its own target group");
        assertEquals(owner.named("aws:ec2/vpc:Vpc", "main-vpc").id(), targetGroups.get(0).inputText("vpcId"));
        assertEquals(owner.named("aws:cloudfront/vpcOrigin:VpcOrigin", "edge-vpc-origin").id(), Json.compact(
                adopter.named("aws:cloudfront/distribution:Distribution", "edge-cdn").input("origins").orElseThrow())
                .replaceAll(".*\"vpcOriginId\":\"([^\"]+)\".*", "$1"), "its own distribution, on the owner's VPC origin");
    }

    @Test
    void noneOfTheOwnersLifecyclePoliciesCanExpireALatestImage() {
        var policies = owner.ofType("aws:ecr/lifecyclePolicy:LifecyclePolicy");
        assertEquals(2, policies.size(), "production's repository and the one it holds for staging");
        for (var policy : policies) {
            var rules = (List<?>) Json.parseObject(policy.inputText("policy")).get("rules");
            var first = (Map<?, ?>) rules.stream().min((a, b) -> Double.compare(priority(a), priority(b))).orElseThrow();
            var selection = (Map<?, ?>) first.get("selection");
            assertEquals(List.of("*-latest"), selection.get("tagPatternList"), policy.name());
            assertEquals("imageCountMoreThan", selection.get("countType"), policy.name());
            assertTrue(((Number) selection.get("countNumber")).intValue() >= 10_000, "more images than any repository reaches");
        }
    }

    @Test
    void theSharedTopologyCostsAtLeastOneLoadBalancerLessAMonth() {
        var shared = StackCosts.estimate(OfflinePlanner.settings(EXAMPLE, "production"), owner).totalUsd()
                + StackCosts.estimate(OfflinePlanner.settings(EXAMPLE, "staging"), adopter).totalUsd();
        var standaloneStaging = StackCosts.estimate(OfflinePlanner.settings(REPOSITORY, "staging"), OfflinePlanner.plan(REPOSITORY, "staging"));
        var standalone = total(REPOSITORY, "production") + standaloneStaging.totalUsd();
        var oneLoadBalancer = standaloneStaging.items().stream().filter(i -> i.what().equals("Application Load Balancer"))
                .mapToDouble(i -> i.monthlyUsd()).sum();

        assertTrue(oneLoadBalancer > 15, "a load balancer-month in Tokyo: " + oneLoadBalancer);
        assertTrue(shared <= standalone - oneLoadBalancer + 0.005,
                String.format("shared %.2f, standalone %.2f, one load balancer %.2f", shared, standalone, oneLoadBalancer));
    }

    private static double total(ProjectDirectory project, String stack) {
        return StackCosts.estimate(OfflinePlanner.settings(project, stack), OfflinePlanner.plan(project, stack)).totalUsd();
    }

    private static double priority(Object rule) {
        return ((Number) ((Map<?, ?>) rule).get("rulePriority")).doubleValue();
    }

    private static Set<String> ids(Plan plan, String type) {
        return plan.ofType(type).stream().map(r -> r.id()).collect(Collectors.toCollection(HashSet::new));
    }

    private static Set<String> admittedToDatabase(Plan plan) {
        var groups = plan.named("aws:rds/instance:Instance", "db-instance").inputList("vpcSecurityGroupIds").stream()
                .map(String::valueOf).toList();
        return plan.ofType("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule").stream()
                .filter(r -> groups.contains(r.inputText("securityGroupId")))
                .map(r -> r.inputText("referencedSecurityGroupId")).collect(Collectors.toSet());
    }

    @Test
    void theExamplesReadmeShowsBothStacksAndTheirSumAsTheyCostToday() throws java.io.IOException {
        var readme = java.nio.file.Files.readString(EXAMPLE.path().resolve("README.md"));
        var section = readme.substring(readme.indexOf("<!-- costs:begin -->\n") + "<!-- costs:begin -->\n".length(),
                readme.indexOf("<!-- costs:end -->"));

        assertEquals(CostSummary.markdown(EXAMPLE), section,
                "examples/shared-topology/README.md is out of date; run ../../webstack cost --write README.md in examples/shared-topology");
    }

    /*
     * Each stack's 5xx rate alarm reads the shared load balancer's metrics of its own target group only: the owner is not
     * paged for the adopter's errors, nor for the 503s the load balancer answers while the adopter's target group is
     * empty at night, and the other way round (ADR 0024).
     */
    @Test
    void eachStacksErrorRateReadsItsOwnTargetGroupOnTheOneSharedLoadBalancer() {
        var ownersLoadBalancer = owner.named("aws:lb/loadBalancer:LoadBalancer", "edge-alb").outputText("arnSuffix");

        var ownerDimensions = errorRateDimensions(owner);
        var adopterDimensions = errorRateDimensions(adopter);

        assertEquals(Map.of("TargetGroup", targetGroup(owner), "LoadBalancer", ownersLoadBalancer), ownerDimensions);
        assertEquals(Map.of("TargetGroup", targetGroup(adopter), "LoadBalancer", ownersLoadBalancer), adopterDimensions,
                "the adopter's alarm reads the owner's load balancer, by its own target group");
        assertNotEquals(ownerDimensions.get("TargetGroup"), adopterDimensions.get("TargetGroup"));
    }

    /** The target group the stack's own service registers in: its arnSuffix is what CloudWatch names it by. */
    private static String targetGroup(Plan plan) {
        return plan.named("aws:lb/targetGroup:TargetGroup", "edge-tg").outputText("arnSuffix");
    }

    /** The dimensions every metric query of http-5xx-rate-high reads, checked to be one and the same set. */
    private static Map<?, ?> errorRateDimensions(Plan plan) {
        var alarm = plan.ofType("aws:cloudwatch/metricAlarm:MetricAlarm").stream()
                .filter(a -> a.inputText("name").equals("webstack-" + plan.stack() + "-http-5xx-rate-high")).findFirst()
                .orElseThrow(() -> new AssertionError("no http-5xx-rate-high alarm in " + plan.stack()));
        var dimensions = alarm.inputList("metricQueries").stream().map(q -> (Map<?, ?>) q).filter(q -> q.get("metric") != null)
                .map(q -> (Map<?, ?>) ((Map<?, ?>) q.get("metric")).get("dimensions")).distinct().toList();
        assertEquals(3, alarm.inputList("metricQueries").size() - 1, "three metrics and the expression in " + plan.stack());
        assertEquals(1, dimensions.size(), "every metric of the rate by the same dimensions: " + dimensions);
        return List.copyOf(dimensions).get(0);
    }

    @Test
    void theAdoptersPlanNamesTheRepositoryItsImageComesFrom() {
        var summary = new ResourceSummaries(adopter).of(adopter.named("aws:ecs/taskDefinition:TaskDefinition", "app-task"));

        assertTrue(summary.contains("app webstack-production/staging:staging-latest"), summary);
    }

    @Test
    void theAdopterPaysNoLoadBalancerHoursOnlyItsShareOfTheOwnersCapacityUnits() {
        var settings = OfflinePlanner.settings(EXAMPLE, "staging");
        var lines = StackCosts.estimate(settings, adopter).items();

        assertTrue(lines.stream().noneMatch(i -> i.what().equals("Application Load Balancer")), "no hours of its own");
        var share = lines.stream().filter(i -> i.what().equals("Load balancer capacity units (share of the adopted load balancer)")).toList();
        assertEquals(1, share.size(), lines.toString());
        assertEquals(dev.webstack.cost.Hours.MONTH * settings.cost().loadBalancerLcu(), share.get(0).quantity(), 0.01,
                "LCU-hours a month at cost.loadBalancerLcu");
    }
}
