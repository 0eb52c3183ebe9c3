package dev.webstack.observability;

import com.pulumi.Context;
import com.pulumi.core.Output;
import dev.webstack.kit.Doc;
import java.util.List;

/** Where alerts go and what raises them: the topic, the alarm names, the dashboard. */
public record AlarmsContract(
        @Doc("the SNS topic alerts go to") Output<String> topicArn,
        @Doc("every alarm's name") Output<List<String>> alarmNames,
        @Doc("the CloudWatch dashboard, `<app>-<stack>`") Output<String> dashboardName,
        @Doc("its console address") Output<String> dashboardUrl,
        @Doc("the alarms an off-hours schedule pauses: all in the stack's region but `no-healthy-targets`, which judges the night itself, and those on lost alerts")
        Output<List<String>> pausedAlarmNames) {

    public static final String TOPIC_ARN = "alarms.topicArn";
    public static final String ALARM_NAMES = "alarms.names";
    public static final String DASHBOARD_NAME = "alarms.dashboardName";
    public static final String DASHBOARD_URL = "alarms.dashboardUrl";
    public static final String PAUSED_ALARM_NAMES = "alarms.pausedNames";

    public void exportTo(Context context) {
        context.export(TOPIC_ARN, topicArn);
        context.export(ALARM_NAMES, alarmNames);
        context.export(DASHBOARD_NAME, dashboardName);
        context.export(DASHBOARD_URL, dashboardUrl);
        context.export(PAUSED_ALARM_NAMES, pausedAlarmNames);
    }
}
