package dev.webstack.guardrails.rules;

import static dev.webstack.guardrails.model.Rule.rule;
import static dev.webstack.plan.aws.AwsTypes.EC2_ROUTE;
import static dev.webstack.plan.aws.AwsTypes.EC2_ROUTE_TABLE_ASSOCIATION;
import static dev.webstack.plan.aws.AwsTypes.EC2_SUBNET;
import static dev.webstack.plan.aws.AwsTypes.RDS_INSTANCE;
import static dev.webstack.plan.aws.AwsTypes.RDS_PARAMETER_GROUP;
import static dev.webstack.plan.aws.AwsTypes.RDS_SUBNET_GROUP;

import dev.webstack.guardrails.model.Rule;
import dev.webstack.plan.PlannedResource;
import java.util.List;

/** RDS: encrypted, private, backed up, patched, logged, TLS only; resilient and monitored in production. */
public final class DatabaseRules {

    /** Seven days is what Security Hub's RDS.11 asks for by default. */
    static final int MINIMUM_BACKUP_DAYS = 7;

    private DatabaseRules() {
    }

    public static List<Rule> all() {
        return List.of(
                rule("rds.storage-encrypted", "RDS storage is encrypted at rest")
                        .why("Snapshots, replicas and the volume inherit it; it cannot be turned on later without a restore.")
                        .mirrors("RDS.3", "CKV_AWS_16")
                        .each(RDS_INSTANCE, Inputs.mustBeTrue("storageEncrypted"))
                        .build(),
                rule("rds.private", "RDS is not publicly accessible and its subnets have no route to the internet")
                        .why("The database answers only inside the VPC; even a mistaken security group cannot expose it.")
                        .mirrors("RDS.2", "CKV_AWS_17")
                        .reads(RDS_SUBNET_GROUP, EC2_SUBNET, EC2_ROUTE_TABLE_ASSOCIATION, EC2_ROUTE)
                        .each(RDS_INSTANCE, (db, graph, findings) -> {
                            findings.require(!Inputs.isTrue(db, "publiclyAccessible"), db, "publiclyAccessible is true");
                            graph.resolve(RDS_SUBNET_GROUP, db.input("dbSubnetGroupName").orElse(null)).ifPresentOrElse(
                                    group -> Inputs.texts(group, "subnetIds").forEach(subnetId -> {
                                        if (Routing.routesToInternet(graph, subnetId)) {
                                            findings.violation(db, "subnet " + subnetId + " of its subnet group routes to an internet gateway");
                                        }
                                    }),
                                    () -> findings.violation(db, "has no DB subnet group of this stack; it would land in the default VPC"));
                        })
                        .build(),
                rule("rds.backups", "RDS keeps automated backups for at least " + MINIMUM_BACKUP_DAYS + " days")
                        .why("Point-in-time recovery is the way back from a bad migration or a deleted table.")
                        .mirrors("RDS.11", "CKV_AWS_133")
                        .each(RDS_INSTANCE, (db, graph, findings) -> findings.require(
                                Inputs.number(db, "backupRetentionPeriod") >= MINIMUM_BACKUP_DAYS, db,
                                "backupRetentionPeriod is " + Inputs.text(db, "backupRetentionPeriod") + ", below " + MINIMUM_BACKUP_DAYS))
                        .build(),
                rule("rds.deletion-protection", "RDS has deletion protection")
                        .why("A destroy, a replacement or a console click cannot delete the database.")
                        .mirrors("RDS.8", "CKV_AWS_293")
                        .each(RDS_INSTANCE, Inputs.mustBeTrue("deletionProtection"))
                        .build(),
                rule("rds.multi-az", "RDS runs Multi-AZ")
                        .why("A standby in another zone takes over in a zone outage and during maintenance.")
                        .mirrors("RDS.5", "CKV_AWS_157")
                        .each(RDS_INSTANCE, Inputs.mustBeTrue("multiAz"))
                        .build(),
                rule("rds.minor-upgrades", "RDS applies minor engine upgrades")
                        .why("Security fixes arrive as minor versions, in the maintenance window.")
                        .mirrors("RDS.13", "CKV_AWS_226")
                        .each(RDS_INSTANCE, (db, graph, findings) ->
                                findings.require(Inputs.notFalse(db, "autoMinorVersionUpgrade"), db, "autoMinorVersionUpgrade is false"))
                        .build(),
                rule("rds.copy-tags", "RDS copies tags to snapshots")
                        .why("Snapshots stay attributable to their app and environment, for cost and clean-up.")
                        .mirrors("RDS.17", "CKV2_AWS_60")
                        .each(RDS_INSTANCE, Inputs.mustBeTrue("copyTagsToSnapshot"))
                        .build(),
                rule("rds.log-exports", "RDS exports the engine log to CloudWatch Logs")
                        .why("Slow queries, connections and errors are searchable and kept for a set time.")
                        .mirrors("RDS.9", "CKV_AWS_129")
                        .each(RDS_INSTANCE, (db, graph, findings) -> {
                            var engine = Inputs.text(db, "engine");
                            var needed = engine.contains("postgres") ? "postgresql" : engine.contains("mysql") ? "error" : null;
                            if (needed != null) {
                                findings.require(Inputs.texts(db, "enabledCloudwatchLogsExports").contains(needed), db,
                                        "enabledCloudwatchLogsExports does not include " + needed);
                            }
                        })
                        .build(),
                rule("rds.tls-only", "PostgreSQL refuses connections without TLS")
                        .why("Credentials and data never cross the network in clear, whatever the client's default.")
                        .mirrors(null, "CKV2_AWS_69")
                        .reads(RDS_PARAMETER_GROUP)
                        .each(RDS_INSTANCE, (db, graph, findings) -> {
                            if (!Inputs.text(db, "engine").contains("postgres")) {
                                return;
                            }
                            var group = graph.resolve(RDS_PARAMETER_GROUP, db.input("parameterGroupName").orElse(null));
                            findings.require(group.map(DatabaseRules::forcesSsl).orElse(false), db,
                                    group.isEmpty() ? "uses the default parameter group, where rds.force_ssl is 0 before PostgreSQL 15"
                                            : "parameter group " + group.get().name() + " does not set rds.force_ssl to 1");
                        })
                        .build(),
                rule("rds.enhanced-monitoring", "RDS has Enhanced Monitoring in production")
                        .why("OS-level metrics (memory, swap, I/O per process) explain what CloudWatch's averages hide.")
                        .mirrors("RDS.6", "CKV_AWS_118")
                        .inProduction()
                        .each(RDS_INSTANCE, (db, graph, findings) -> findings.require(Inputs.number(db, "monitoringInterval") > 0, db,
                                "monitoringInterval is 0"))
                        .build());
    }

    private static boolean forcesSsl(PlannedResource group) {
        return Inputs.maps(group, "parameters").stream()
                .anyMatch(p -> "rds.force_ssl".equals(p.get("name")) && "1".equals(String.valueOf(p.get("value"))));
    }
}
