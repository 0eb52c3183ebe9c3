package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.Plan;
import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.settings.StackFileConfigSource;
import dev.webstack.settings.StackSettingsLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GIVEN the committed stack files, WHEN planned, THEN production records every region's API
 * calls and staging does not, and each stack's budget counts what that stack's resources are
 * tagged with and tells the alarm topic.
 */
class AuditAndBudgetWiringTest {

    private static final ProjectDirectory PROJECT = ProjectDirectory.find(Path.of(""));

    /** The committed stack file with lines added to its config, as an operator would. */
    private static Plan planWith(String stack, String... lines) throws java.io.IOException {
        var text = new StringBuilder(Files.readString(PROJECT.path().resolve("Pulumi." + stack + ".yaml")));
        for (var line : lines) {
            text.append("\n  ").append(line);
        }
        var settings = StackSettingsLoader.load(StackFileConfigSource.parse("Pulumi." + stack + ".yaml", stack, text.toString()),
                PROJECT.projectName());
        return OfflinePlanner.plan(PROJECT, settings);
    }

    @Test
    void productionRecordsEveryRegionWithValidationAndStagingDoesNot() {
        var production = StackWiringTest.plan("production");
        var trails = production.ofType(AwsTypes.CLOUDTRAIL_TRAIL);
        assertEquals(1, trails.size());
        assertEquals(true, trails.get(0).input("isMultiRegionTrail").orElseThrow());
        assertEquals(true, trails.get(0).input("enableLogFileValidation").orElseThrow());
        assertTrue(String.valueOf(production.output("audit.trail")).startsWith("own:"));

        var staging = StackWiringTest.plan("staging");
        assertEquals(List.of(), staging.ofType(AwsTypes.CLOUDTRAIL_TRAIL));
        assertTrue(staging.ofType(AwsTypes.S3_BUCKET_V2).stream().noneMatch(b -> b.inputText("bucket").contains("-audit-")));
        assertTrue(String.valueOf(staging.output("audit.trail")).startsWith("off:"));
    }

    @Test
    void relyingOnAnOrganizationTrailCreatesNothingAndThePlanSaysSo() throws java.io.IOException {
        var plan = planWith("production", "webstack:audit.trail: organization");

        assertEquals(List.of(), plan.ofType(AwsTypes.CLOUDTRAIL_TRAIL));
        assertTrue(plan.ofType(AwsTypes.S3_BUCKET_V2).stream().noneMatch(b -> b.inputText("bucket").contains("-audit-")));
        assertTrue(String.valueOf(plan.output("audit.trail")).startsWith("organization:"), String.valueOf(plan.output("audit.trail")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theBudgetIsTheStacksOwnLimitOnATagEveryResourceCarries(String stack) {
        var plan = StackWiringTest.plan(stack);
        var settings = OfflinePlanner.settings(PROJECT, stack);
        var budgets = plan.ofType(AwsTypes.BUDGETS_BUDGET);
        assertEquals(1, budgets.size());
        var budget = budgets.get(0);
        assertEquals(String.valueOf(settings.cost().monthlyBudgetUsd()), budget.inputText("limitAmount"));

        // The filter is user:<key>$<value>; every taggable resource must carry exactly that tag.
        var filter = String.valueOf(((List<?>) ((Map<?, ?>) budget.inputList("costFilters").get(0)).get("values")).get(0));
        var keyValue = filter.substring("user:".length()).split("\\$");
        var tagged = plan.cloudResources().stream().filter(r -> r.output("tagsAll").isPresent()).toList();
        assertTrue(tagged.size() > 20, "expected most resources tagged, found " + tagged.size());
        for (var resource : tagged) {
            assertEquals(keyValue[1], ((Map<?, ?>) resource.output("tagsAll").orElseThrow()).get(keyValue[0]), resource.name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void everyBudgetNotificationGoesToTheAlarmTopic(String stack) {
        var plan = StackWiringTest.plan(stack);
        var topic = plan.named(AwsTypes.SNS_TOPIC, "alarms-topic").outputText("arn");
        var notifications = plan.ofType(AwsTypes.BUDGETS_BUDGET).get(0).inputList("notifications");

        assertEquals(3, notifications.size());
        for (var notification : notifications) {
            assertEquals(List.of(topic), ((Map<?, ?>) notification).get("subscriberSnsTopicArns"));
        }
    }
}
