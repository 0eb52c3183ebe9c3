package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.cli.ChangeHazards.Hazard;
import dev.webstack.cli.ChangeHazards.Severity;
import dev.webstack.cli.PlanDiff.Change;
import dev.webstack.cli.PlanDiff.Kind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Typical pull requests, each one setting changed in a committed stack file: GIVEN the plan before
 * and after, WHEN diffed, THEN the verdict is the one the real engine would give (the provider
 * source or AWS document for it named per test). Scenarios that need another branch's program fix
 * assert the final verdict and are disabled until it is merged.
 */
class ChangeScenariosTest {

    private static PlanDiff diff(String stack, Map<String, String> before, Map<String, String> after) {
        return new PlanDiff(StackVariants.json(stack, before), StackVariants.json(stack, after));
    }

    private static PlanDiff diff(String stack, Map<String, String> change) {
        return diff(stack, Map.of(), change);
    }

    /** "kind name" of every change but creations, e.g. "REPLACE db-instance". */
    static Set<String> verdicts(PlanDiff diff) {
        return diff.all().stream().filter(c -> c.kind() != Kind.CREATE).map(c -> c.kind() + " " + c.name()).collect(Collectors.toSet());
    }

    static Change change(PlanDiff diff, String name) {
        return diff.all().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no change to " + name + "; " + verdicts(diff)));
    }

    static List<Hazard> hazards(PlanDiff diff, Severity severity) {
        return diff.hazards().stream().filter(h -> h.severity() == severity).toList();
    }

    /**
     * terraform-provider-aws 5.x internal/service/rds/instance.go: db_name is ForceNew. The old database goes with its data;
     * staging skips the final snapshot and has no deletion protection. With the identifier fixed and no deleteBeforeReplace,
     * the new instance cannot be created first: RDS CreateDBInstance, DBInstanceAlreadyExists
     * (https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html).
     */
    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void aDatabaseNameReplacesTheDatabaseAndItsDataIsLost(String stack) {
        var diff = diff(stack, Map.of("database.name", "app2"));

        var db = change(diff, "db-instance");
        assertEquals(Kind.REPLACE, db.kind());
        assertEquals(List.of("dbName"), db.forcing());
        var loss = hazards(diff, Severity.DATA_LOSS);
        assertEquals(List.of("db-instance"), loss.stream().map(Hazard::name).toList());
        if (stack.equals("staging")) {
            assertEquals("nothing", loss.get(0).protection(), "staging skips the final snapshot and has no deletion protection");
            assertTrue(loss.get(0).blocking());
        } else {
            assertTrue(loss.get(0).protection().contains("deletionProtection"), loss.get(0).protection());
        }
        var refused = hazards(diff, Severity.REFUSAL).stream().anyMatch(h -> h.name().equals("db-instance")
                && h.problem().contains("DBInstanceAlreadyExists"));
        assertEquals(!db.after().options().deleteBeforeReplace(), refused, "refused exactly when the fixed identifier is created first");
        assertTrue(DiffCommand.markdown(diff).indexOf("Data loss") < DiffCommand.markdown(diff).indexOf("**Database"), "at the top");
    }

    /** rds/instance.go: instance_class is not ForceNew (ModifyDBInstance changes it in place). */
    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void anInstanceClassIsAnUpdateInPlace(String stack) {
        var diff = diff(stack, Map.of("database.instanceClass", "db.t4g.large"));

        assertEquals(Kind.UPDATE, change(diff, "db-instance").kind());
        assertEquals(List.of("instanceClass"), change(diff, "db-instance").keys());
        assertEquals(List.of(), diff.hazards());
    }

    /**
     * rds/instance.go: engine_version is not ForceNew, so a major upgrade modifies the instance; rds/parameter_group.go:
     * family is ForceNew, and the group's name carries the family, so the new group never collides with the old one.
     * RDS ModifyDBInstance needs AllowMajorVersionUpgrade for a major version
     * (https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyDBInstance.html).
     */
    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void anEngineMajorUpgradeUpdatesTheDatabaseAndReplacesItsParameterGroupUnderANewName(String stack) {
        var diff = diff(stack, Map.of("database.engineVersion", "\"17\""));

        var db = change(diff, "db-instance");
        assertEquals(Kind.UPDATE, db.kind());
        assertTrue(db.keys().contains("engineVersion"), db.keys().toString());
        assertEquals(Kind.REPLACE, change(diff, "db-parameters").kind());
        assertTrue(change(diff, "db-parameters").forcing().contains("family"));
        assertEquals(List.of(), hazards(diff, Severity.DATA_LOSS));
        var refusals = hazards(diff, Severity.REFUSAL);
        assertFalse(refusals.stream().anyMatch(h -> h.name().equals("db-parameters")), "a new name: no DBParameterGroupAlreadyExists");
        var allowed = Boolean.TRUE.equals(db.after().input("allowMajorVersionUpgrade").orElse(false));
        assertEquals(allowed ? List.of() : List.of("db-instance"), refusals.stream().map(Hazard::name).toList());
    }

    /**
     * ec2/vpc_.go: cidr_block is ForceNew; ec2/vpc_subnet.go: cidr_block is ForceNew. Every subnet moves to a new range,
     * so no new subnet overlaps an old one (no InvalidSubnet.Conflict).
     */
    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void anAddressRangeReplacesTheVpcAndItsSubnetsWithoutAConflict(String stack) {
        var diff = diff(stack, Map.of("network.cidr", "10.1.0.0/16"));

        assertEquals(Kind.REPLACE, change(diff, "main-vpc").kind());
        var subnets = diff.all().stream().filter(c -> c.type().equals("aws:ec2/subnet:Subnet")).toList();
        assertFalse(subnets.isEmpty());
        subnets.forEach(s -> assertEquals(List.of("cidrBlock"), s.forcing(), s.name()));
        assertEquals(List.of(), hazards(diff, Severity.REFUSAL));
    }

    /** One more zone adds subnets and changes the lists that hold them in place: the load balancer's subnets (SetSubnets). */
    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void aThirdZoneAddsSubnetsAndReplacesNothing(String stack) {
        var diff = diff(stack, Map.of("network.azCount", "3"));

        assertTrue(diff.all().stream().anyMatch(c -> c.kind() == Kind.CREATE && c.type().equals("aws:ec2/subnet:Subnet")));
        assertEquals(Set.of(), diff.all().stream().filter(c -> c.kind() == Kind.REPLACE || c.kind() == Kind.DELETE)
                .map(Change::name).collect(Collectors.toSet()));
        assertEquals(Kind.UPDATE, change(diff, "edge-alb").kind());
        assertEquals(List.of(), diff.hazards());
    }

    /**
     * elbv2/target_group.go: port is ForceNew; the group's name carries the port, so the new group does not collide
     * (DuplicateTargetGroupName). ecs/task_definition.go: container_definitions is ForceNew (a new revision).
     */
    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void aContainerPortReplacesTheTargetGroupUnderANewNameAndTheTaskDefinition(String stack) {
        var diff = diff(stack, Map.of("service.containerPort", "8080"));

        assertEquals(Kind.REPLACE, change(diff, "edge-tg").kind());
        assertTrue(change(diff, "edge-tg").forcing().containsAll(List.of("name", "port")));
        assertEquals(Kind.REPLACE, change(diff, "app-task").kind());
        assertEquals(Kind.UPDATE, change(diff, "app-service").kind());
        assertEquals(List.of(), diff.hazards());
    }

    /**
     * ecs/task_definition.go: container_definitions is ForceNew: a new image is a new revision. A tag the
     * lifecycle's *-latest rule does not keep gets a keep rule of its own (ADR 0025): the lifecycle policy,
     * which has no update (ecr/lifecycle_policy.go), is replaced too; a *-latest tag changes the revisions only.
     */
    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void anImageTagRegistersNewTaskDefinitionRevisionsOnly(String stack) {
        var diff = diff(stack, Map.of("service.imageTag", "3f9c2ab"));

        assertEquals(Set.of("aws:ecs/taskDefinition:TaskDefinition", "aws:ecr/lifecyclePolicy:LifecyclePolicy"), diff.all().stream()
                .filter(c -> c.kind() == Kind.REPLACE).map(Change::type).collect(Collectors.toSet()));
        assertEquals(List.of(), diff.hazards());
        var latest = diff(stack, Map.of("service.imageTag", "candidate-latest"));
        assertEquals(Set.of("aws:ecs/taskDefinition:TaskDefinition"), latest.all().stream().filter(c -> c.kind() == Kind.REPLACE)
                .map(Change::type).collect(Collectors.toSet()));
    }

    /**
     * The origin secret reaches the listener rule's header condition and CloudFront's origin header: elbv2/listener_rule.go
     * condition and cloudfront/distribution.go origin change in place. A secret is masked in the plan, so a rotation is
     * simulated by changing the masked value; the diff names keys, never values.
     */
    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void anOriginSecretRotationUpdatesInPlaceAndShowsNoValue(String stack) {
        var base = StackVariants.json(stack, Map.of());
        var rotated = base.replace(dev.webstack.settings.ConfigSource.SECRET_PLACEHOLDER, "rotated-0123456789abcdef");
        var diff = new PlanDiff(base, rotated);

        var changed = diff.all();
        assertFalse(changed.isEmpty());
        changed.forEach(c -> assertEquals(Kind.UPDATE, c.kind(), c.name() + " " + c.forcing()));
        assertTrue(changed.stream().anyMatch(c -> c.type().equals("aws:cloudfront/distribution:Distribution")));
        assertEquals(List.of(), diff.hazards());
        assertFalse(DiffCommand.markdown(diff).contains("rotated-0123456789abcdef"));
    }

    /**
     * ecs/service.go (5.x) capacityProviderStrategyCustomizeDiff: a strategy change replaces the service unless
     * force_new_deployment is set; with it (change-program) the toggle is an update in place.
     */
    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void aSpotToggleUpdatesTheServiceInPlace(String stack) {
        var x86 = Map.of("service.cpuArchitecture", "X86_64");
        var diff = diff(stack, x86, Map.of("service.cpuArchitecture", "X86_64", "service.spot", "true"));

        assertEquals(Kind.UPDATE, change(diff, "app-service").kind());
        assertEquals(List.of(), diff.hazards());
    }

    /** ELB CreateListener: DuplicateListener. With one logical port-80 listener in both domain modes (edge-origin) there is none. */
    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void aDomainTurnedOnOrOffBringsNoListenerConflict(String stack) {
        var on = diff(stack, Map.of(), StackVariants.DOMAIN_AND_DEPLOY);
        var off = diff(stack, StackVariants.DOMAIN_AND_DEPLOY, Map.of());

        assertEquals(List.of(), hazards(on, Severity.REFUSAL));
        assertEquals(List.of(), hazards(off, Severity.REFUSAL));
    }
}
