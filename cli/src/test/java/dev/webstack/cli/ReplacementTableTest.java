package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.ResourceOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The replacement table covers everything the program plans: every resource type and every input
 * it sets, in both stacks, also with a custom domain and a deploy repository. A type or input
 * another change adds fails here, naming what to add to replacement-table.json.
 */
class ReplacementTableTest {

    private static final ReplacementTable TABLE = ReplacementTable.load();

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void coversEveryTypeAndInputOfTheCommittedStack(String stack) {
        assertEquals(List.of(), TABLE.uncovered(OfflinePlanner.plan(ProjectDirectory.find(java.nio.file.Path.of("")), stack).cloudResources()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void coversEveryTypeAndInputWithADomainAndADeployRepository(String stack) {
        var plan = StackVariants.plan(stack, StackVariants.DOMAIN_AND_DEPLOY);
        assertTrue(plan.cloudResources().stream().anyMatch(r -> r.type().equals("aws:route53/record:Record")), "the variant plans a domain");
        assertEquals(List.of(), TABLE.uncovered(plan.cloudResources()));
    }

    /** Application parameters (SSM): a type only this setting plans. */
    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void coversEveryTypeAndInputWithApplicationParameters(String stack) {
        var plan = StackVariants.plan(stack, Map.of("parameters.names", "[WANDB_API_KEY]"));
        assertTrue(plan.cloudResources().stream().anyMatch(r -> r.type().equals("aws:ssm/parameter:Parameter")), "the variant plans a parameter");
        assertEquals(List.of(), TABLE.uncovered(plan.cloudResources()));
    }

    /** Negative control: GIVEN a type the table lacks and an input of a known type it lacks, THEN both are named with what to add. */
    @Test
    void namesAnUncoveredTypeAndAnUncoveredInputWithWhatToAdd() {
        var unknownType = resource("aws:ec2/natGateway:NatGateway", Map.of("subnetId", "subnet-1", "allocationId", "eipalloc-1"));
        var unknownInput = resource("aws:ec2/vpc:Vpc", Map.of("cidrBlock", "10.0.0.0/16", "instanceTenancy", "default"));

        assertEquals(List.of(
                "aws:ec2/natGateway:NatGateway: the type is missing; add \"aws:ec2/natGateway:NatGateway\" under \"types\" in "
                        + "replacement-table.json with its source, physicalName and the verdict of each of [allocationId, subnetId]",
                "aws:ec2/vpc:Vpc: input instanceTenancy is missing; add \"instanceTenancy\": \"replace\" or \"update\" to its \"inputs\" in "
                        + "replacement-table.json"), TABLE.uncovered(List.of(unknownType, unknownInput)));
    }

    @Test
    void refusesAVerdictItDoesNotKnow() {
        var problem = assertThrows(IllegalStateException.class, () -> ReplacementTable.parse(
                "{\"types\": {\"aws:ec2/vpc:Vpc\": {\"source\": \"x\", \"inputs\": {\"cidrBlock\": \"recreate\"}}}}"));
        assertTrue(problem.getMessage().contains("aws:ec2/vpc:Vpc input cidrBlock has verdict 'recreate'"), problem.getMessage());
    }

    /**
     * GIVEN facts read from the provider source (docs/adr/0016) WHEN a changed input is looked up THEN the verdict is the
     * provider's: RDS db_name and engine are ForceNew; identifier, instance_class and engine_version are not: 5.x renames
     * an instance in place (internal/service/rds/instance.go, 5.x: identifier has no ForceNew, "can be updated"); a
     * subnet's availability_zone is ForceNew (internal/service/ec2/vpc_subnet.go).
     */
    @Test
    void theFactsReadFromTheProviderSource() {
        var db = resource("aws:rds/instance:Instance", Map.of());
        assertEquals(List.of("dbName", "engine"),
                TABLE.forcing(db, db, List.of("dbName", "engine", "engineVersion", "identifier", "instanceClass", "tags")));
        var subnet = resource("aws:ec2/subnet:Subnet", Map.of());
        assertEquals(List.of("availabilityZone"), TABLE.forcing(subnet, subnet, List.of("availabilityZone", "mapPublicIpOnLaunch")));
        assertEquals(List.of("somethingNew"), TABLE.forcing(subnet, subnet, List.of("somethingNew")), "unknown counts as forcing");
    }

    /**
     * terraform-provider-aws 5.x internal/service/ecs/service.go, capacityProviderStrategyCustomizeDiff: a strategy change
     * forces a new service unless force_new_deployment is true and neither the old nor the new strategy is empty.
     */
    @Test
    void aCapacityProviderStrategyChangeReplacesTheServiceUnlessForceNewDeployment() {
        var spot = List.<Object>of(Map.of("capacityProvider", "FARGATE_SPOT", "weight", 1L));
        var onDemand = List.<Object>of(Map.of("capacityProvider", "FARGATE", "weight", 1L));
        var key = List.of("capacityProviderStrategies");
        var plain = resource("aws:ecs/service:Service", Map.of("capacityProviderStrategies", onDemand));
        assertEquals(key, TABLE.forcing(plain, resource("aws:ecs/service:Service", Map.of("capacityProviderStrategies", spot)), key));

        var forced = resource("aws:ecs/service:Service", Map.of("capacityProviderStrategies", spot, "forceNewDeployment", true));
        assertEquals(List.of(), TABLE.forcing(plain, forced, key));
        var emptyBefore = resource("aws:ecs/service:Service", Map.of("capacityProviderStrategies", List.of()));
        assertEquals(key, TABLE.forcing(emptyBefore, forced, key), "from no strategy to one still replaces");
    }

    /**
     * GIVEN an ECS service WHEN its deployment controller changes THEN it is replaced: internal/service/ecs/service.go (5.x)
     * has ForceNew on deployment_controller.type, a nested block, so the whole input replaces (only 6.x updates it in place).
     */
    @Test
    void aDeploymentControllerChangeReplacesTheService() {
        var service = resource("aws:ecs/service:Service", Map.of());
        assertEquals(List.of("deploymentController"), TABLE.forcing(service, service, List.of("deploymentController", "desiredCount")));
    }

    /**
     * internal/service/ec2/vpc_security_group_ingress_rule.go, ModifyPlan: "When you modify a rule, you cannot change the
     * rule's source type". GIVEN a rule WHEN its CIDR changes THEN it is updated; WHEN it moves from a CIDR to a prefix
     * list THEN both source inputs force a replacement.
     */
    @Test
    void aSecurityGroupRuleIsReplacedOnlyWhenItsSourceTypeChanges() {
        var type = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
        var anywhere = resource(type, Map.of("cidrIpv4", "0.0.0.0/0", "securityGroupId", "sg-1"));
        var office = resource(type, Map.of("cidrIpv4", "203.0.113.0/24", "securityGroupId", "sg-1"));
        var cloudFront = resource(type, Map.of("prefixListId", "pl-58a04531", "securityGroupId", "sg-1"));

        assertEquals(List.of(), TABLE.forcing(anywhere, office, List.of("cidrIpv4")));
        assertEquals(List.of("cidrIpv4", "prefixListId"), TABLE.forcing(anywhere, cloudFront, List.of("cidrIpv4", "prefixListId")));
    }

    @Test
    void everyPhysicalNameInputIsAnInputOfItsType() {
        for (var type : List.of("aws:rds/instance:Instance", "aws:ec2/securityGroup:SecurityGroup", "aws:lb/targetGroup:TargetGroup")) {
            var entry = TABLE.entry(type).orElseThrow();
            var name = entry.physicalName().orElseThrow();
            assertTrue(entry.inputs().keySet().containsAll(name.inputs()), type + " " + name.inputs());
            assertTrue(name.refusesDuplicate(), type);
        }
    }

    static PlannedResource resource(String type, Map<String, Object> inputs) {
        return new PlannedResource("urn:pulumi:staging::webstack::" + type + "::x", type, "x", null, "urn:p::id", "id-1",
                ResourceOptions.NONE, List.of(), inputs, Map.of());
    }
}
