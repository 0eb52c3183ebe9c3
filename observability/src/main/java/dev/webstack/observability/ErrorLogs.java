package dev.webstack.observability;

import com.pulumi.aws.cloudwatch.LogMetricFilter;
import com.pulumi.aws.cloudwatch.LogMetricFilterArgs;
import com.pulumi.aws.cloudwatch.inputs.LogMetricFilterMetricTransformationArgs;
import com.pulumi.resources.Resource;
import dev.webstack.kit.Children;

/**
 * Counts the application's error log lines as a metric: no AWS metric exists for them. A metric
 * filter on the containers' log group adds 1 for each event the pattern matches, in a namespace
 * of this stack's own; the error-log alarm reads exactly this metric.
 */
final class ErrorLogs {

    static final String METRIC = "ErrorLogEvents";

    /** The metric the filter publishes: the alarm must name it identically or it watches nothing. */
    record CountedMetric(String namespace, String name) {
    }

    private ErrorLogs() {
    }

    static CountedMetric count(Resource parent, String name, AlarmsArgs args) {
        var metric = new CountedMetric(namespace(args), METRIC);
        new LogMetricFilter(name + "-error-logs", LogMetricFilterArgs.builder()
                .name(args.naming().physical("error-logs"))
                .logGroupName(args.watched().logGroupName())
                .pattern(args.settings().errorLogPattern())
                .metricTransformation(LogMetricFilterMetricTransformationArgs.builder()
                        .namespace(metric.namespace())
                        .name(metric.name())
                        .value("1")
                        .unit("Count")
                        .build())
                .build(), Children.of(parent));
        return metric;
    }

    /** Custom metrics may not use the AWS/ prefix; webstack/<app>-<stack> keeps stacks apart. */
    static String namespace(AlarmsArgs args) {
        return "webstack/" + args.naming().prefix();
    }
}
