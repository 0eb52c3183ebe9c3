package dev.webstack.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.core.Output;
import dev.webstack.kit.Safekeeping;
import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.json.Json;
import dev.webstack.settings.Environment;
import dev.webstack.testkit.ComponentHarness;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** GIVEN each environment's database settings, WHEN planned, THEN the instance is what requirements R3.2 asks for. */
class DatabaseTest {

    static final List<String> ISOLATED = List.of("subnet-0isolated000000001", "subnet-0isolated000000002");
    static final String DB_SG = "sg-0database0000000001";

    private static final Map<Environment, Plan> PLANS = new EnumMap<>(Environment.class);

    @BeforeAll
    static void plan() {
        for (var environment : Environment.values()) {
            PLANS.put(environment, ComponentHarness.run(environment, (context, options) -> {
                var database = new Database("db", DatabaseArgs.builder()
                        .naming(ComponentHarness.naming(environment))
                        .settings(ComponentHarness.settings(environment).database())
                        .safekeeping(Safekeeping.forEnvironment(environment))
                        .subnetIds(Output.of(ISOLATED))
                        .securityGroupId(Output.of(DB_SG))
                        .build(), options);
                database.contract().exportTo(context);
            }));
        }
    }

    private static PlannedResource instance(Environment environment) {
        return PLANS.get(environment).named("aws:rds/instance:Instance", "db-instance");
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void sitsInTheIsolatedSubnetsBehindTheDatabaseGroupOnly(Environment environment) {
        var plan = PLANS.get(environment);
        var subnetGroup = plan.named("aws:rds/subnetGroup:SubnetGroup", "db-subnet-group");
        assertEquals(ISOLATED, subnetGroup.inputList("subnetIds"));
        var db = instance(environment);
        assertEquals(subnetGroup.outputText("name"), db.inputText("dbSubnetGroupName"));
        assertEquals(List.of(DB_SG), db.inputList("vpcSecurityGroupIds"));
        assertEquals(false, db.input("publiclyAccessible").orElseThrow());
        assertEquals(true, db.input("storageEncrypted").orElseThrow());
        assertEquals("gp3", db.inputText("storageType"));
        assertEquals(5432L, db.input("port").orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void leavesThePasswordToRdsAndSecretsManager(Environment environment) {
        var db = instance(environment);
        assertEquals(true, db.input("manageMasterUserPassword").orElseThrow());
        assertTrue(db.input("password").isEmpty(), "no password input, ever");
        assertEquals("app_admin", db.inputText("username"));
        var secretArn = String.valueOf(PLANS.get(environment).output("database.masterSecretArn"));
        assertTrue(secretArn.matches("arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:rds!db-[0-9a-f-]+-[0-9a-f]{6}"), secretArn);
        assertFalse(Json.compact(PLANS.get(environment).resources()).toLowerCase().contains("\"password\""));
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void requiresTlsAndLogsSlowStatementsAndConnections(Environment environment) {
        var parameters = PLANS.get(environment).named("aws:rds/parameterGroup:ParameterGroup", "db-parameters");
        assertEquals("postgres16", parameters.inputText("family"));
        var values = parameters.inputList("parameters").stream().map(p -> (Map<?, ?>) p)
                .collect(Collectors.toMap(p -> p.get("name"), p -> p.get("value")));
        assertEquals(Map.of("rds.force_ssl", "1", "log_min_duration_statement", "1000", "log_connections", "1",
                "log_disconnections", "1"), values);
        assertEquals(parameters.outputText("name"), instance(environment).inputText("parameterGroupName"));
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void maintainsItselfInsideItsWindows(Environment environment) {
        var db = instance(environment);
        assertEquals("postgres", db.inputText("engine"));
        assertEquals("16", db.inputText("engineVersion"));
        assertEquals(true, db.input("autoMinorVersionUpgrade").orElseThrow());
        assertEquals(true, db.input("copyTagsToSnapshot").orElseThrow());
        // Staging's windows lie inside its running hours (21:00 and Tuesday 20:00 in Tokyo); production's at night (ADR 0019).
        var staging = environment == Environment.STAGING;
        assertEquals(staging ? "12:00-12:30" : "18:00-18:30", db.inputText("backupWindow"));
        assertEquals(staging ? "tue:11:00-tue:11:30" : "sun:19:00-sun:19:30", db.inputText("maintenanceWindow"));
        assertEquals(List.of("postgresql", "upgrade"), db.inputList("enabledCloudwatchLogsExports"));
        assertEquals(true, db.input("performanceInsightsEnabled").orElseThrow());
        assertEquals(7L, db.input("performanceInsightsRetentionPeriod").orElseThrow());
        assertEquals("rds-ca-rsa2048-g1", db.inputText("caCertIdentifier"));
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void exportedLogsExpireBecauseTheirGroupsExistFirst(Environment environment) {
        var plan = PLANS.get(environment);
        var db = instance(environment);
        for (var log : List.of("postgresql", "upgrade")) {
            var group = plan.named("aws:cloudwatch/logGroup:LogGroup", "db-" + log + "-logs");
            assertEquals("/aws/rds/instance/" + db.inputText("identifier") + "/" + log, group.inputText("name"));
            assertEquals(environment.isProduction() ? 30L : 7L, group.input("retentionInDays").orElseThrow());
            assertTrue(db.dependsOn(group), "the instance must wait for " + group.name());
        }
    }

    @Test
    void stagingIsSmallSingleAzAndDisposable() {
        var db = instance(Environment.STAGING);
        assertEquals("db.t4g.micro", db.inputText("instanceClass"));
        assertEquals(20L, db.input("allocatedStorage").orElseThrow());
        assertEquals(50L, db.input("maxAllocatedStorage").orElseThrow());
        assertEquals(false, db.input("multiAz").orElseThrow());
        assertEquals(7L, db.input("backupRetentionPeriod").orElseThrow());
        assertEquals(false, db.input("deletionProtection").orElseThrow());
        assertEquals(true, db.input("skipFinalSnapshot").orElseThrow());
        assertTrue(db.input("finalSnapshotIdentifier").isEmpty());
        assertEquals(true, db.input("deleteAutomatedBackups").orElseThrow());
        assertEquals(true, db.input("applyImmediately").orElseThrow());
        assertTrue(db.input("monitoringInterval").isEmpty());
        assertEquals(List.of(), PLANS.get(Environment.STAGING).ofType("aws:iam/role:Role"));
        assertFalse(db.options().protect());
        assertFalse(db.options().retainOnDelete());
    }

    @Test
    void productionIsMultiAzProtectedAndKeepsItsBackups() {
        var plan = PLANS.get(Environment.PRODUCTION);
        var db = instance(Environment.PRODUCTION);
        assertEquals("db.t4g.small", db.inputText("instanceClass"), "the largest class that keeps production within its ~$240 (requirements R3.2, ADR 0010)");
        assertEquals(50L, db.input("allocatedStorage").orElseThrow());
        assertEquals(200L, db.input("maxAllocatedStorage").orElseThrow());
        assertEquals(true, db.input("multiAz").orElseThrow());
        assertEquals(30L, db.input("backupRetentionPeriod").orElseThrow());
        assertEquals(true, db.input("deletionProtection").orElseThrow());
        assertEquals(false, db.input("skipFinalSnapshot").orElseThrow());
        assertEquals("webstack-production-db-final", db.inputText("finalSnapshotIdentifier"));
        assertEquals(false, db.input("deleteAutomatedBackups").orElseThrow());
        assertEquals(false, db.input("applyImmediately").orElseThrow());
        assertTrue(db.options().protect());
        assertTrue(db.options().retainOnDelete());

        var role = plan.named("aws:iam/role:Role", "db-monitoring-role");
        assertEquals(60L, db.input("monitoringInterval").orElseThrow());
        assertEquals(role.outputText("arn"), db.inputText("monitoringRoleArn"));
        var trust = Json.compact(Json.parseObject(role.inputText("assumeRolePolicy")));
        assertTrue(trust.contains("\"Service\":[\"monitoring.rds.amazonaws.com\"]"), trust);
        assertTrue(trust.contains("\"aws:SourceAccount\":[\"123456789012\"]"), trust);
        var attachment = plan.named("aws:iam/rolePolicyAttachment:RolePolicyAttachment", "db-monitoring-policy");
        assertEquals("arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole", attachment.inputText("policyArn"));
        assertEquals(role.id(), attachment.inputText("role"));
        assertTrue(db.dependsOn(attachment), "RDS checks the role's permissions when the instance is created");
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void exportsTheContractFromTheInstance(Environment environment) {
        var plan = PLANS.get(environment);
        var db = instance(environment);
        assertEquals(db.outputText("address"), plan.output("database.address"));
        assertEquals(5432L, plan.output("database.port"));
        assertEquals("app", plan.output("database.name"));
        assertEquals("webstack-" + environment.id() + "-db", plan.output("database.instanceIdentifier"));
        assertEquals(Set.of("database.address", "database.port", "database.name", "database.masterSecretArn",
                "database.instanceIdentifier"), plan.outputs().keySet());
    }

    @Test
    void argsNameEveryMissingField() {
        var error = assertThrows(IllegalArgumentException.class, () -> DatabaseArgs.builder().build());
        assertEquals(List.of("DatabaseArgs.naming is required", "DatabaseArgs.settings is required",
                "DatabaseArgs.safekeeping is required", "DatabaseArgs.subnetIds is required",
                "DatabaseArgs.securityGroupId is required"), error.getMessage().lines().toList());
    }

    /**
     * GIVEN each environment's defaults, WHEN planned, THEN a major upgrade (16 to 17) is allowed, which RDS
     * refuses otherwise, and minors follow RDS's automatic upgrades on a bare major version (ADR 0019).
     */
    @ParameterizedTest
    @EnumSource(Environment.class)
    void allowsMajorUpgradesAndFollowsAutomaticMinors(Environment environment) {
        var db = instance(environment);
        assertEquals(true, db.input("allowMajorVersionUpgrade").orElseThrow());
        assertEquals(true, db.input("autoMinorVersionUpgrade").orElseThrow());
        assertEquals("16", db.inputText("engineVersion"));
    }

    /** GIVEN a stack file pinning 16.4 with automatic minors off, WHEN planned, THEN the instance asks for exactly that. */
    @Test
    void keepsAPinnedMinorOnlyWithAutomaticMinorsOff() {
        var plan = ComponentHarness.run(Environment.STAGING, (context, options) -> new Database("db", DatabaseArgs.builder()
                .naming(ComponentHarness.naming(Environment.STAGING))
                .settings(ComponentHarness.settings(Environment.STAGING, "webstack:database.engineVersion: \"16.4\"",
                        "webstack:database.autoMinorVersionUpgrade: false").database())
                .safekeeping(Safekeeping.forEnvironment(Environment.STAGING))
                .subnetIds(Output.of(ISOLATED))
                .securityGroupId(Output.of(DB_SG))
                .build(), options));
        var db = plan.named("aws:rds/instance:Instance", "db-instance");
        assertEquals("16.4", db.inputText("engineVersion"));
        assertEquals(false, db.input("autoMinorVersionUpgrade").orElseThrow());
        assertEquals("postgres16", plan.named("aws:rds/parameterGroup:ParameterGroup", "db-parameters").inputText("family"));
    }

    /**
     * GIVEN subnets in another stack's VPC (webstack:network.fromStack), WHEN planned, THEN the subnet group's name
     * carries that VPC, so moving a running database there makes a new group rather than editing the old one across
     * VPCs (RDS refuses: InvalidSubnet); in its own VPC the name is the one running stacks have.
     */
    @Test
    void aSubnetGroupInAnotherStacksVpcIsNamedAfterThatVpc() {
        var own = PLANS.get(Environment.STAGING).named("aws:rds/subnetGroup:SubnetGroup", "db-subnet-group").inputText("name");
        var adopted = subnetGroupNameIn("vpc-0owner00000000001");

        assertEquals(instance(Environment.STAGING).inputText("identifier"), own, "the stack's own VPC: the name it always had");
        assertTrue(adopted.matches(java.util.regex.Pattern.quote(own) + "-[0-9a-f]{8}"), adopted);
        assertTrue(!subnetGroupNameIn("vpc-0other00000000002").equals(adopted), "another VPC, another name");
    }

    private static String subnetGroupNameIn(String adoptedVpcId) {
        return ComponentHarness.run(Environment.STAGING, (context, options) -> new Database("db", DatabaseArgs.builder()
                .naming(ComponentHarness.naming(Environment.STAGING))
                .settings(ComponentHarness.settings(Environment.STAGING).database())
                .safekeeping(Safekeeping.forEnvironment(Environment.STAGING))
                .subnetIds(Output.of(ISOLATED))
                .securityGroupId(Output.of(DB_SG))
                .adoptedVpcId(Output.of(adoptedVpcId))
                .build(), options)).named("aws:rds/subnetGroup:SubnetGroup", "db-subnet-group").inputText("name");
    }
}
