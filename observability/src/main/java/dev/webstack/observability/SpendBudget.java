package dev.webstack.observability;

import com.pulumi.aws.budgets.Budget;
import com.pulumi.aws.budgets.BudgetArgs;
import com.pulumi.aws.budgets.inputs.BudgetCostFilterArgs;
import com.pulumi.aws.budgets.inputs.BudgetNotificationArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import dev.webstack.kit.Children;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.annotation.Nullable;

/**
 * An AWS Budgets cost budget for the stack (requirements R7.1): a monthly limit of
 * {@code cost.monthlyBudgetUsd}, counting only costs tagged with the stack's {@code pulumi-stack}
 * tag, telling the alarm topic (and through it the same people as the alarms) when actual spend
 * passes 80 % and 100 % and when the month's forecast passes 100 %.
 *
 * <p>Budgets is a global service with one endpoint, {@code budgets.amazonaws.com} (AWS Budgets API
 * Reference, "Service endpoint"): the stack's own provider reaches it from any region. The tag
 * filter matches only once the tag is activated as a cost allocation tag in the Billing console
 * (docs/runbook.md#spend-budget).
 */
public final class SpendBudget extends ComponentResource {

    public static final String TYPE = "webstack:observability:SpendBudget";

    /** Actual spend above these shares of the limit, then the forecast above the whole limit. */
    static final List<Double> ACTUAL_PERCENTS = List.of(80.0, 100.0);
    static final double FORECAST_PERCENT = 100.0;

    private final SpendBudgetContract contract;

    public SpendBudget(String name, SpendBudgetArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        var budget = new Budget(name + "-budget", BudgetArgs.builder()
                .name(args.naming().physical("monthly-cost"))
                .budgetType("COST")
                .timeUnit("MONTHLY")
                .limitAmount(String.valueOf(args.monthlyLimitUsd()))
                .limitUnit("USD")
                .costFilters(BudgetCostFilterArgs.builder()
                        .name("TagKeyValue")
                        .values(tagFilter(args.costTagKey(), args.costTagValue()))
                        .build())
                .notifications(notifications(args.topicArn()))
                .build(), Children.of(this));
        this.contract = new SpendBudgetContract(budget.name(), Output.of(args.monthlyLimitUsd()));
        registerOutputs(Map.of("budgetName", budget.name()));
    }

    /**
     * Cost Explorer's spelling of a user-defined tag for the TagKeyValue filter,
     * {@code user:<key>$<value>} (AWS CLI Command Reference, {@code aws budgets create-budget},
     * the tag budget example).
     */
    static String tagFilter(String key, String value) {
        return "user:" + key + "$" + value;
    }

    /**
     * One subscriber each, the alarm topic: a notification needs at least one and takes one SNS
     * topic and up to ten addresses (AWS Budgets API Reference, Notification). The topic already
     * reaches every address in {@code alarms.emails} and Discord, so addresses here would mail twice.
     */
    private static List<BudgetNotificationArgs> notifications(Output<String> topicArn) {
        var topics = topicArn.applyValue(List::of);
        var actual = ACTUAL_PERCENTS.stream().map(percent -> notification("ACTUAL", percent, topics));
        var forecast = Stream.of(notification("FORECASTED", FORECAST_PERCENT, topics));
        return Stream.concat(actual, forecast).toList();
    }

    private static BudgetNotificationArgs notification(String type, double percent, Output<List<String>> topics) {
        return BudgetNotificationArgs.builder()
                .notificationType(type)
                .comparisonOperator("GREATER_THAN")
                .threshold(percent)
                .thresholdType("PERCENTAGE")
                .subscriberSnsTopicArns(topics)
                .build();
    }

    public SpendBudgetContract contract() {
        return contract;
    }
}
