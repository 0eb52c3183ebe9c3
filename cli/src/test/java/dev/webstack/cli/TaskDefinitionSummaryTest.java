package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.aws.AwsTypes;
import org.junit.jupiter.api.Test;

/**
 * GIVEN the staging plan, WHEN its task definitions are summarized, THEN a reviewer sees which
 * credential each container reads: the app's and the migration's DATABASE_URL secret, and
 * that only the setup step reads the RDS master secret (ADR 0018).
 */
class TaskDefinitionSummaryTest {

    @Test
    void theSummaryNamesEachContainersDatabaseLogin() {
        var plan = StackWiringTest.plan("staging");
        var summaries = new ResourceSummaries(plan);
        var app = summaries.of(plan.named(AwsTypes.ECS_TASK_DEFINITION, "app-task"));
        var migration = summaries.of(plan.named(AwsTypes.ECS_TASK_DEFINITION, "app-migration-task"));

        assertTrue(app.endsWith("(DATABASE_URL from webstack-staging/database/app)"), app);
        assertFalse(app.contains("master"), app);
        assertTrue(migration.contains("(DATABASE_URL from webstack-staging/database/migrator, after db-setup SUCCESS)"), migration);
        assertTrue(migration.endsWith("db-setup postgres:16-alpine (init) (reads the RDS master secret)"), migration);
    }
}
