package dev.webstack.data;

import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.aws.rds.Instance;
import com.pulumi.aws.rds.InstanceArgs;
import com.pulumi.aws.rds.ParameterGroup;
import com.pulumi.aws.rds.ParameterGroupArgs;
import com.pulumi.aws.rds.SubnetGroup;
import com.pulumi.aws.rds.SubnetGroupArgs;
import com.pulumi.aws.rds.inputs.ParameterGroupParameterArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import dev.webstack.kit.Children;
import dev.webstack.kit.StackFacts;
import dev.webstack.kit.iam.PolicyDocument.Statement;
import dev.webstack.kit.iam.PolicyDocument;
import dev.webstack.kit.naming.NameLimit;
import dev.webstack.plan.hash.Sha256;
import dev.webstack.settings.DatabaseSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * RDS PostgreSQL in the isolated subnets: encrypted, private, TLS required, its master
 * password generated and kept by RDS in Secrets Manager. Backups, windows, size and
 * availability come from the settings; what survives a delete from {@link DatabaseArgs#safekeeping()}.
 */
public final class Database extends ComponentResource {

    public static final String TYPE = "webstack:data:Database";

    /** Performance Insights' free tier keeps seven days. */
    static final int PERFORMANCE_INSIGHTS_FREE_DAYS = 7;
    /** The CA AWS recommends for new instances (RSA 2048, valid to 2061). */
    static final String CERTIFICATE_AUTHORITY = "rds-ca-rsa2048-g1";
    /** Logs RDS exports to CloudWatch: the server log (errors, slow statements, connections) and upgrade logs. */
    static final List<String> EXPORTED_LOGS = List.of("postgresql", "upgrade");
    static final String MONITORING_POLICY_ARN = "arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole";

    /**
     * A subnet group stays in its VPC: ModifyDBSubnetGroup refuses subnets of another VPC (InvalidSubnet, RDS API
     * Reference). In another stack's VPC the name carries that VPC, so a stack moving into it gets a new group
     * (name forces a new one: replacement table) and the instance moves to it with ModifyDBInstance's
     * DBSubnetGroupName, the way RDS documents moving a DB instance to a different VPC (RDS API Reference,
     * ModifyDBInstance; RDS User Guide, "Working with a DB instance in a VPC"). The stack's own VPC keeps the
     * plain name running stacks have.
     */
    static Output<String> subnetGroupName(String identifier, Optional<Output<String>> adoptedVpcId) {
        return adoptedVpcId.map(vpc -> vpc.applyValue(id -> identifier + "-" + Sha256.hex(id, 8))).orElse(Output.of(identifier));
    }

    private final DatabaseContract contract;

    public Database(String name, DatabaseArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        var settings = args.settings();
        var naming = args.naming();
        var keep = args.safekeeping();
        var identifier = naming.physical("db", NameLimit.RDS_IDENTIFIER);

        var subnetGroup = new SubnetGroup(name + "-subnet-group", SubnetGroupArgs.builder()
                .name(subnetGroupName(identifier, args.adoptedVpcId()))
                .description("Isolated subnets only: no route out of the VPC")
                .subnetIds(args.subnetIds())
                .tags(naming.nameTag("db"))
                .build(), Children.of(this));

        var parameters = new ParameterGroup(name + "-parameters", ParameterGroupArgs.builder()
                // The family is in the name: a major upgrade creates the new group beside the old one.
                .name(naming.physical(settings.parameterGroupFamily(), NameLimit.RDS_IDENTIFIER))
                .family(settings.parameterGroupFamily())
                .description("TLS required; slow statements, connections and disconnections logged")
                .parameters(
                        parameter("rds.force_ssl", "1"),
                        parameter("log_min_duration_statement", String.valueOf(settings.slowQueryMs())),
                        parameter("log_connections", "1"),
                        parameter("log_disconnections", "1"))
                // Name, family and description force a new group (terraform-provider-aws 5.x,
                // internal/service/rds/parameter_group.go). The family is in the name, so an engine
                // major upgrade creates the new group beside the old one; a new description would
                // collide with this name, and the group in use cannot be deleted first. It is not
                // sent after creation (ADR 0017).
                .build(), Children.of(this, o -> o.ignoreChanges(List.of("description"))));

        // RDS creates these groups on the first export, with no expiry. Created first, they expire.
        var dependencies = new ArrayList<Resource>();
        for (var log : EXPORTED_LOGS) {
            dependencies.add(new LogGroup(name + "-" + log + "-logs", LogGroupArgs.builder()
                    .name("/aws/rds/instance/" + identifier + "/" + log)
                    .retentionInDays(settings.logRetentionDays())
                    .build(), Children.of(this)));
        }

        var instance = InstanceArgs.builder()
                .identifier(identifier)
                .engine("postgres")
                .engineVersion(settings.engineVersion())
                .autoMinorVersionUpgrade(settings.autoMinorVersionUpgrade())
                // RDS refuses a major upgrade (16 to 17) without this flag. The provider sends it only
                // with an engine_version change (terraform-provider-aws 5.x, internal/service/rds/
                // instance.go, resourceInstanceUpdate), so on its own it modifies nothing (ADR 0019).
                .allowMajorVersionUpgrade(true)
                .instanceClass(settings.instanceClass())
                .storageType("gp3")
                .allocatedStorage(settings.allocatedStorageGb())
                .maxAllocatedStorage(settings.maxAllocatedStorageGb())
                .storageEncrypted(true)
                .dbName(settings.name())
                .username(settings.masterUsername())
                .manageMasterUserPassword(true)
                .port(DatabaseSettings.PORT)
                .dbSubnetGroupName(subnetGroup.name())
                .vpcSecurityGroupIds(args.securityGroupId().applyValue(List::of))
                .publiclyAccessible(false)
                .multiAz(settings.multiAz())
                .parameterGroupName(parameters.name())
                .caCertIdentifier(CERTIFICATE_AUTHORITY)
                .backupRetentionPeriod(settings.backupRetentionDays())
                .backupWindow(settings.backupWindow())
                .maintenanceWindow(settings.maintenanceWindow())
                .copyTagsToSnapshot(true)
                .enabledCloudwatchLogsExports(EXPORTED_LOGS)
                .performanceInsightsEnabled(settings.performanceInsights())
                .deletionProtection(settings.deletionProtection())
                .applyImmediately(settings.applyImmediately())
                .skipFinalSnapshot(!keep.finalSnapshot())
                .deleteAutomatedBackups(!keep.keepBackups())
                .tags(naming.nameTag("db"));
        if (settings.performanceInsights()) {
            instance.performanceInsightsRetentionPeriod(PERFORMANCE_INSIGHTS_FREE_DAYS);
        }
        if (keep.finalSnapshot()) {
            instance.finalSnapshotIdentifier(identifier + "-final");
        }
        if (settings.enhancedMonitoringSeconds() > 0) {
            var monitoring = monitoringRole(name, args);
            instance.monitoringInterval(settings.enhancedMonitoringSeconds()).monitoringRoleArn(monitoring.role().arn());
            dependencies.add(monitoring.attachment());
        }
        var db = new Instance(name + "-instance", instance.build(),
                Children.of(this, o -> keep.applyTo(o.dependsOn(dependencies))));

        var masterSecretArn = db.masterUserSecrets().applyValue(secrets -> secrets.stream()
                .flatMap(secret -> secret.secretArn().stream())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("RDS returned no managed master secret for " + identifier)));

        this.contract = new DatabaseContract(db.address(), db.port(), db.dbName(), masterSecretArn, db.identifier(), db.arn());

        registerOutputs(Map.of(
                "address", contract.address(),
                "port", contract.port(),
                "dbName", contract.name(),
                "masterSecretArn", contract.masterSecretArn(),
                "instanceIdentifier", contract.instanceIdentifier()));
    }

    private record Monitoring(Role role, RolePolicyAttachment attachment) {
    }

    private Monitoring monitoringRole(String name, DatabaseArgs args) {
        var account = StackFacts.account(this);
        var role = new Role(name + "-monitoring-role", RoleArgs.builder()
                .name(args.naming().physical("rds-monitoring", NameLimit.IAM_ROLE))
                .description("Publishes this stack's RDS enhanced monitoring metrics")
                .assumeRolePolicy(account.applyValue(id -> PolicyDocument.of(Statement.assumedBy("monitoring.rds.amazonaws.com", id)).toJson()))
                .build(), Children.of(this));
        var attachment = new RolePolicyAttachment(name + "-monitoring-policy", RolePolicyAttachmentArgs.builder()
                .role(role.name())
                .policyArn(MONITORING_POLICY_ARN)
                .build(), Children.of(this));
        return new Monitoring(role, attachment);
    }

    /** Every parameter set here is dynamic: applied without a reboot. */
    private static ParameterGroupParameterArgs parameter(String name, String value) {
        return ParameterGroupParameterArgs.builder().name(name).value(value).applyMethod("immediate").build();
    }

    public DatabaseContract contract() {
        return contract;
    }
}
