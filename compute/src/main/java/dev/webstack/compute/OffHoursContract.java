package dev.webstack.compute;

import com.pulumi.Context;
import com.pulumi.core.Output;
import dev.webstack.kit.Doc;

/** Where the environment's sleep is scheduled: the EventBridge Scheduler group holding its schedules. */
public record OffHoursContract(
        @Doc("the EventBridge Scheduler group holding the environment's schedules") Output<String> scheduleGroup) {

    public static final String SCHEDULE_GROUP = "offHours.scheduleGroup";

    public void exportTo(Context context) {
        context.export(SCHEDULE_GROUP, scheduleGroup);
    }
}
