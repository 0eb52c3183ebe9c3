package dev.webstack.compute;

import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.scheduler.Schedule;
import com.pulumi.aws.scheduler.ScheduleArgs;
import com.pulumi.aws.scheduler.ScheduleGroup;
import com.pulumi.aws.scheduler.ScheduleGroupArgs;
import com.pulumi.aws.scheduler.inputs.ScheduleFlexibleTimeWindowArgs;
import com.pulumi.aws.scheduler.inputs.ScheduleTargetArgs;
import com.pulumi.aws.scheduler.inputs.ScheduleTargetRetryPolicyArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import dev.webstack.kit.Children;
import dev.webstack.kit.StackFacts;
import dev.webstack.kit.iam.PolicyDocument;
import dev.webstack.kit.iam.PolicyDocument.Statement;
import dev.webstack.plan.json.Json;
import dev.webstack.kit.naming.NameLimit;
import dev.webstack.kit.naming.Naming;
import dev.webstack.settings.OffHours;
import java.util.LinkedHashMap;
import java.util.List;
import javax.annotation.Nullable;

/**
 * The rest of the environment's sleep, on the same schedule as the service's scale-to-zero:
 * EventBridge Scheduler stops the database after the service has drained and starts it before
 * the service scales back, and pauses alarm actions while nothing runs. One role, allowed
 * exactly those calls on exactly this database and these alarms.
 */
public final class OffHoursSchedules extends ComponentResource {

    public static final String TYPE = "webstack:compute:OffHoursSchedules";
    static final String START_DATABASE = "arn:aws:scheduler:::aws-sdk:rds:startDBInstance";
    static final String STOP_DATABASE = "arn:aws:scheduler:::aws-sdk:rds:stopDBInstance";
    static final String PAUSE_ALARMS = "arn:aws:scheduler:::aws-sdk:cloudwatch:disableAlarmActions";
    static final String RESUME_ALARMS = "arn:aws:scheduler:::aws-sdk:cloudwatch:enableAlarmActions";
    /** A start or stop that cannot happen within a quarter of an hour is better skipped than late. */
    static final int MAXIMUM_EVENT_AGE_SECONDS = 900;
    static final int RETRIES = 3;

    private final Output<String> groupName;


    public OffHoursSchedules(String name, OffHoursSchedulesArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        var naming = args.naming();
        var schedule = args.schedule();
        var account = StackFacts.account(this);
        var region = StackFacts.region(this);
        var alarmArns = Output.tuple(region, account, args.alarmNames()).applyValue(t -> t.t3.stream()
                .map(alarm -> "arn:aws:cloudwatch:" + t.t1 + ":" + t.t2 + ":alarm:" + alarm).toList());

        var group = new ScheduleGroup(name + "-group", ScheduleGroupArgs.builder()
                .name(naming.prefix())
                .build(), Children.of(this));
        this.groupName = group.name();
        var role = new Role(name + "-role", RoleArgs.builder()
                .name(naming.physical("off-hours", NameLimit.IAM_ROLE))
                .description("EventBridge Scheduler: stop and start this stack's database, pause and resume its alarms")
                .assumeRolePolicy(account.applyValue(id -> PolicyDocument.of(Statement.assumedBy("scheduler.amazonaws.com", id)).toJson()))
                .build(), Children.of(this));
        var policy = new RolePolicy(name + "-policy", RolePolicyArgs.builder()
                .role(role.id())
                .name("off-hours")
                .policy(Output.tuple(args.databaseArn(), alarmArns).applyValue(t -> PolicyDocument.of(
                        Statement.allow("rds:StartDBInstance", "rds:StopDBInstance").sid("SleepTheDatabase").on(t.t1).build(),
                        Statement.allow("cloudwatch:DisableAlarmActions", "cloudwatch:EnableAlarmActions").sid("PauseTheAlarms")
                                .on(t.t2).build()).toJson()))
                .build(), Children.of(this));

        var database = args.databaseIdentifier().applyValue(id -> Json.compact(Json.object("DbInstanceIdentifier", id)));
        var alarms = args.alarmNames().applyValue(names -> Json.compact(Json.object("AlarmNames", names)));
        var scheduling = new Scheduling(this, name, naming, group, role, policy, schedule.zone().getId());
        scheduling.schedule("database-start", schedule.databaseStartCron(), START_DATABASE, database,
                "Starts the database " + schedule.databaseLead().toMinutes() + " minutes before the service (" + schedule.describe() + ")");
        scheduling.schedule("database-stop", schedule.databaseStopCron(), STOP_DATABASE, database,
                "Stops the database " + schedule.databaseStopDelay().toMinutes() + " minutes after the service, every day");
        scheduling.schedule("alarms-pause", schedule.alarmsPauseCron(), PAUSE_ALARMS, alarms,
                "Pauses alarm actions while the environment sleeps");
        scheduling.schedule("alarms-resume", schedule.alarmsResumeCron(), RESUME_ALARMS, alarms,
                "Resumes alarm actions " + OffHours.ALARMS_RESUME_DELAY.toMinutes()
                        + " minutes after the service starts");

        var outputs = new LinkedHashMap<String, Output<?>>();
        outputs.put("groupName", groupName);
        registerOutputs(outputs);
    }

    /** What every schedule of this component shares. */
    private record Scheduling(OffHoursSchedules parent, String name, Naming naming, ScheduleGroup group, Role role,
                              RolePolicy policy, String zone) {

        void schedule(String what, String cron, String target, Output<String> input, String description) {
            new Schedule(name + "-" + what, ScheduleArgs.builder()
                    .name(naming.physical(what))
                    .groupName(group.name())
                    .description(description)
                    .scheduleExpression(cron)
                    .scheduleExpressionTimezone(zone)
                    .flexibleTimeWindow(ScheduleFlexibleTimeWindowArgs.builder().mode("OFF").build())
                    .target(ScheduleTargetArgs.builder()
                            .arn(target)
                            .roleArn(role.arn())
                            .input(input)
                            .retryPolicy(ScheduleTargetRetryPolicyArgs.builder()
                                    .maximumEventAgeInSeconds(MAXIMUM_EVENT_AGE_SECONDS)
                                    .maximumRetryAttempts(RETRIES)
                                    .build())
                            .build())
                    .build(), Children.of(parent, o -> o.dependsOn(List.of(policy))));
        }
    }

    public OffHoursContract contract() {
        return new OffHoursContract(groupName);
    }
}
