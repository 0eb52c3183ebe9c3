package dev.webstack.guardrails.rules;

import static dev.webstack.guardrails.model.Rule.rule;
import static dev.webstack.plan.aws.AwsTypes.ECR_REPOSITORY;
import static dev.webstack.plan.aws.AwsTypes.KMS_KEY;
import static dev.webstack.plan.aws.AwsTypes.RDS_INSTANCE;
import static dev.webstack.plan.aws.AwsTypes.S3_BUCKET_V2;
import static dev.webstack.plan.aws.AwsTypes.SECRETSMANAGER_SECRET;
import static dev.webstack.plan.aws.AwsTypes.SECRETSMANAGER_SECRET_ROTATION;
import static dev.webstack.plan.aws.AwsTypes.SECRETSMANAGER_SECRET_VERSION;

import dev.webstack.guardrails.model.Findings;
import dev.webstack.guardrails.model.Rule;
import dev.webstack.plan.PlannedResource;
import java.util.List;

/**
 * What holds data survives a destroy in production, and secret values never pass through the
 * program. Reads resource options, which the offline engine records from the real program.
 */
public final class SafekeepingRules {

    /** The longest window KMS allows: a key scheduled for deletion by mistake can be recovered for a month. */
    static final int KEY_DELETION_WINDOW_DAYS = 30;
    /** Secrets Manager's minimum recovery window; 0 deletes at once. */
    static final int SECRET_RECOVERY_DAYS = 7;

    private SafekeepingRules() {
    }

    public static List<Rule> all() {
        return List.of(
                rule("stateful.kept-in-production", "Databases, buckets, repositories, keys and secrets survive a destroy in production")
                        .why("Pulumi refuses to delete them (protect), leaves them in AWS if they leave the program (retain), "
                                + "and AWS keeps a way back (final snapshot, recovery windows).")
                        .inProduction()
                        .each(RDS_INSTANCE, (db, graph, findings) -> {
                            kept(db, findings);
                            findings.require(!Inputs.isTrue(db, "skipFinalSnapshot") && !Inputs.text(db, "finalSnapshotIdentifier").isEmpty(), db,
                                    "deleting it would take no final snapshot");
                            // The provider's default is to delete them with the instance.
                            findings.require(db.input("deleteAutomatedBackups").map(Boolean.FALSE::equals).orElse(false), db,
                                    "deleting it would delete its automated backups");
                        })
                        .each(S3_BUCKET_V2, (bucket, graph, findings) -> {
                            kept(bucket, findings);
                            findings.require(!Inputs.isTrue(bucket, "forceDestroy"), bucket, "forceDestroy would empty it on delete");
                        })
                        .each(ECR_REPOSITORY, (repository, graph, findings) -> {
                            kept(repository, findings);
                            findings.require(!Inputs.isTrue(repository, "forceDelete"), repository, "forceDelete would delete its images");
                        })
                        .each(KMS_KEY, (key, graph, findings) -> {
                            kept(key, findings);
                            findings.require(Inputs.number(key, "deletionWindowInDays") >= KEY_DELETION_WINDOW_DAYS
                                            || key.input("deletionWindowInDays").isEmpty(), key,
                                    "deletionWindowInDays is " + Inputs.text(key, "deletionWindowInDays") + ", under " + KEY_DELETION_WINDOW_DAYS);
                        })
                        .each(SECRETSMANAGER_SECRET, (secret, graph, findings) -> {
                            kept(secret, findings);
                            findings.require(secret.input("recoveryWindowInDays").isEmpty()
                                            || Inputs.number(secret, "recoveryWindowInDays") >= SECRET_RECOVERY_DAYS, secret,
                                    "recoveryWindowInDays is " + Inputs.text(secret, "recoveryWindowInDays") + ": deleted without recovery");
                        })
                        .build(),
                rule("secrets.managed-or-rotated", "Secret values are managed by AWS or put by a person, never by the program")
                        .why("A value the program sets lives in the Pulumi state and in every preview's inputs; RDS-managed "
                                + "passwords rotate on their own, and API keys are put (and rotated) by their owner.")
                        .mirrors("SecretsManager.1", "CKV2_AWS_57")
                        .reads(SECRETSMANAGER_SECRET_VERSION, SECRETSMANAGER_SECRET_ROTATION)
                        .each(RDS_INSTANCE, (db, graph, findings) -> {
                            findings.require(Inputs.isTrue(db, "manageMasterUserPassword"), db,
                                    "manageMasterUserPassword is not true: the master password is not managed and rotated by RDS");
                            findings.require(db.input("password").isEmpty(), db, "sets the master password from the program");
                        })
                        .each(SECRETSMANAGER_SECRET, (secret, graph, findings) -> {
                            var rotated = !graph.referencing(SECRETSMANAGER_SECRET_ROTATION, "secretId", secret).isEmpty();
                            var setHere = !graph.referencing(SECRETSMANAGER_SECRET_VERSION, "secretId", secret).isEmpty();
                            findings.require(rotated || !setHere, secret, "its value is set by the program and never rotated");
                        })
                        .build());
    }

    private static void kept(PlannedResource resource, Findings findings) {
        findings.require(resource.options().protect(), resource, "is not protected: pulumi destroy would delete it");
        findings.require(resource.options().retainOnDelete(), resource, "is not retained: removing it from the program would delete it");
    }
}
