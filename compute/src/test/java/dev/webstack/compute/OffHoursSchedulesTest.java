package dev.webstack.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.core.Output;
import dev.webstack.plan.json.Json;
import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.settings.Environment;
import dev.webstack.settings.OffHours;
import dev.webstack.testkit.ComponentHarness;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GIVEN staging's off-hours, WHEN the schedules are planned, THEN the database and the alarms sleep with the service, and nothing else can be touched. */
class OffHoursSchedulesTest {

    static final String DATABASE = "webstack-staging-db";
    static final String DATABASE_ARN = "arn:aws:rds:ap-northeast-1:123456789012:db:" + DATABASE;
    static final List<String> ALARMS = List.of("webstack-staging-service-cpu-high", "webstack-staging-http-5xx-rate-high");

    private static OffHours schedule;
    private static Plan plan;

    @BeforeAll
    static void planOnce() {
        schedule = ComponentHarness.settings(Environment.STAGING, "webstack:offHours.days: [MON, TUE, WED, THU, FRI, SAT]",
                "webstack:offHours.from: \"09:30\"", "webstack:offHours.databaseLeadMinutes: 25").offHours().schedule().orElseThrow();
        plan = ComponentHarness.run(Environment.STAGING, (context, options) -> new OffHoursSchedules("off-hours",
                OffHoursSchedulesArgs.builder()
                        .naming(ComponentHarness.naming(Environment.STAGING))
                        .schedule(schedule)
                        .databaseIdentifier(Output.of(DATABASE))
                        .databaseArn(Output.of(DATABASE_ARN))
                        .alarmNames(Output.of(ALARMS))
                        .build(), options).contract().exportTo(context));
    }

    private static PlannedResource schedule(String what) {
        return plan.named("aws:scheduler/schedule:Schedule", "off-hours-" + what);
    }

    private static Map<?, ?> input(PlannedResource schedule) {
        return Json.parseObject(schedule.inputText("target.input"));
    }

    @Test
    void fourSchedulesInTheStacksGroupFollowTheOneSchedule() {
        var group = plan.named("aws:scheduler/scheduleGroup:ScheduleGroup", "off-hours-group");
        assertEquals("webstack-staging", group.inputText("name"));
        var expected = Map.of("database-start", schedule.databaseStartCron(), "database-stop", schedule.databaseStopCron(),
                "alarms-pause", schedule.alarmsPauseCron(), "alarms-resume", schedule.alarmsResumeCron());
        assertEquals(expected.keySet(), plan.ofType("aws:scheduler/schedule:Schedule").stream()
                .map(s -> s.name().substring("off-hours-".length())).collect(Collectors.toSet()));
        expected.forEach((what, cron) -> {
            var s = schedule(what);
            assertEquals("webstack-staging-" + what, s.inputText("name"));
            assertEquals(group.outputText("name"), s.inputText("groupName"));
            assertEquals(cron, s.inputText("scheduleExpression"), what);
            assertEquals("Asia/Tokyo", s.inputText("scheduleExpressionTimezone"));
            assertEquals("OFF", s.inputText("flexibleTimeWindow.mode"), "a start must not drift after the service's");
        });
        assertEquals("cron(5 9 ? * MON-SAT *)", schedule("database-start").inputText("scheduleExpression"),
                "25 minutes before 09:30, on the service's days");
        assertEquals("cron(10 22 * * ? *)", schedule("database-stop").inputText("scheduleExpression"),
                "10 minutes after 22:00, every day, so RDS's seven-day restart is undone");
        assertEquals("cron(0 22 ? * MON-SAT *)", schedule("alarms-pause").inputText("scheduleExpression"));
        assertEquals("cron(45 9 ? * MON-SAT *)", schedule("alarms-resume").inputText("scheduleExpression"), "15 minutes after 09:30");
        assertEquals(group.outputText("name"), plan.output(OffHoursContract.SCHEDULE_GROUP));
    }

    @Test
    void theDatabaseSchedulesStartAndStopExactlyThisInstance() {
        assertEquals(OffHoursSchedules.START_DATABASE, schedule("database-start").inputText("target.arn"));
        assertEquals(OffHoursSchedules.STOP_DATABASE, schedule("database-stop").inputText("target.arn"));
        for (var what : List.of("database-start", "database-stop")) {
            assertEquals(Map.of("DbInstanceIdentifier", DATABASE), input(schedule(what)), "the Scheduler SDK's casing, not the API's");
        }
    }

    @Test
    void theAlarmSchedulesPauseAndResumeEveryAlarmByName() {
        assertEquals(OffHoursSchedules.PAUSE_ALARMS, schedule("alarms-pause").inputText("target.arn"));
        assertEquals(OffHoursSchedules.RESUME_ALARMS, schedule("alarms-resume").inputText("target.arn"));
        for (var what : List.of("alarms-pause", "alarms-resume")) {
            assertEquals(Map.of("AlarmNames", ALARMS), input(schedule(what)));
        }
    }

    @Test
    void everyScheduleRetriesBrieflyWithTheScopedRole() {
        var role = plan.named("aws:iam/role:Role", "off-hours-role");
        var policy = plan.named("aws:iam/rolePolicy:RolePolicy", "off-hours-policy");
        for (var s : plan.ofType("aws:scheduler/schedule:Schedule")) {
            assertEquals(role.outputText("arn"), s.inputText("target.roleArn"));
            assertEquals((long) OffHoursSchedules.RETRIES, s.input("target.retryPolicy.maximumRetryAttempts").orElseThrow());
            assertEquals((long) OffHoursSchedules.MAXIMUM_EVENT_AGE_SECONDS, s.input("target.retryPolicy.maximumEventAgeInSeconds").orElseThrow());
            assertTrue(s.dependsOn(policy), "a schedule firing before its permissions exist fails silently");
        }
    }

    @Test
    void theRoleCanDoExactlyThatAndOnlySchedulerOfThisAccountCanAssumeIt() {
        var trust = (Map<?, ?>) ((List<?>) Json.parseObject(plan.named("aws:iam/role:Role", "off-hours-role").inputText("assumeRolePolicy"))
                .get("Statement")).get(0);
        assertEquals(Map.of("Service", List.of("scheduler.amazonaws.com")), trust.get("Principal"));
        assertEquals(Map.of("StringEquals", Map.of("aws:SourceAccount", List.of("123456789012"))), trust.get("Condition"));
        var statements = ((List<?>) Json.parseObject(plan.named("aws:iam/rolePolicy:RolePolicy", "off-hours-policy").inputText("policy"))
                .get("Statement")).stream().map(s -> (Map<?, ?>) s).collect(Collectors.toMap(s -> s.get("Sid"), s -> s));
        assertEquals(Set.of("SleepTheDatabase", "PauseTheAlarms"), statements.keySet());
        assertEquals(List.of("rds:StartDBInstance", "rds:StopDBInstance"), statements.get("SleepTheDatabase").get("Action"));
        assertEquals(List.of(DATABASE_ARN), statements.get("SleepTheDatabase").get("Resource"));
        assertEquals(List.of("cloudwatch:DisableAlarmActions", "cloudwatch:EnableAlarmActions"), statements.get("PauseTheAlarms").get("Action"));
        assertEquals(ALARMS.stream().map(a -> "arn:aws:cloudwatch:ap-northeast-1:123456789012:alarm:" + a).toList(),
                statements.get("PauseTheAlarms").get("Resource"));
    }

    @Test
    void argsNameEveryMissingField() {
        var error = assertThrows(IllegalArgumentException.class, () -> OffHoursSchedulesArgs.builder().schedule(schedule).build());
        for (var field : List.of("naming", "databaseIdentifier", "databaseArn", "alarmNames")) {
            assertTrue(error.getMessage().contains(field), error.getMessage());
        }
    }
}
