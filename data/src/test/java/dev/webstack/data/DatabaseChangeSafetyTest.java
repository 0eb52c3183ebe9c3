package dev.webstack.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.pulumi.core.Output;
import dev.webstack.kit.Safekeeping;
import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.settings.Environment;
import dev.webstack.testkit.ComponentHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parameter group's name, family and description force a new group
 * (terraform-provider-aws 5.x, internal/service/rds/parameter_group.go), and Pulumi creates the
 * new one before deleting the old (ADR 0017). GIVEN an engine major upgrade or a new
 * description, THEN no second group with the same name is asked for.
 */
class DatabaseChangeSafetyTest {

    private static Plan plan(String... settings) {
        return ComponentHarness.run(Environment.STAGING, (context, options) -> new Database("db", DatabaseArgs.builder()
                .naming(ComponentHarness.naming(Environment.STAGING))
                .settings(ComponentHarness.settings(Environment.STAGING, settings).database())
                .safekeeping(Safekeeping.forEnvironment(Environment.STAGING))
                .subnetIds(Output.of(List.of("subnet-0isolated000000001", "subnet-0isolated000000002")))
                .securityGroupId(Output.of("sg-0database0000000001"))
                .build(), options));
    }

    private static PlannedResource parameters(Plan plan) {
        return plan.named(AwsTypes.RDS_PARAMETER_GROUP, "db-parameters");
    }

    @Test
    void anEngineMajorUpgradeCreatesTheNewGroupUnderAnotherName() {
        var before = parameters(plan("webstack:database.engineVersion: \"16\""));
        var after = parameters(plan("webstack:database.engineVersion: \"17\""));
        assertEquals("postgres16", before.inputText("family"));
        assertEquals("postgres17", after.inputText("family"));
        assertNotEquals(before.inputText("name"), after.inputText("name"),
                "a family change replaces the group; the same name would collide while the old one is still in use");
    }

    /** GIVEN 16 to 17, THEN the instance is allowed the major upgrade and moves to the new group in the same modification. */
    @Test
    void anEngineMajorUpgradeIsAllowedAndMovesTheInstanceToTheNewGroup() {
        var plan = plan("webstack:database.engineVersion: \"17\"");
        var instance = plan.named(AwsTypes.RDS_INSTANCE, "db-instance");
        assertEquals("17", instance.inputText("engineVersion"));
        assertEquals(true, instance.input("allowMajorVersionUpgrade").orElseThrow(), "RDS refuses 16 to 17 without it");
        assertEquals(parameters(plan).outputText("name"), instance.inputText("parameterGroupName"));
    }

    @Test
    void aMinorUpgradeKeepsTheGroup() {
        var before = parameters(plan("webstack:database.engineVersion: \"16\""));
        var after = parameters(plan("webstack:database.engineVersion: \"16.4\"", "webstack:database.autoMinorVersionUpgrade: false"));
        assertEquals(before.inputs(), after.inputs(), "a minor version is no reason to touch the parameter group");
    }

    @Test
    void anEditedDescriptionIsNotSentToTheGroupInUse() {
        var group = parameters(plan());
        assertEquals(List.of("description"), group.options().ignoreChanges(),
                "a description change would replace the group under its fixed name (DBParameterGroupAlreadyExists)");
        assertFalse(group.options().deleteBeforeReplace(), "the instance uses the group: it cannot be deleted first");
    }
}
