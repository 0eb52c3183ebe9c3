package dev.webstack.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.pulumi.core.Output;
import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.settings.Environment;
import dev.webstack.testkit.ComponentHarness;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** GIVEN a stack's budget and alarm topic, WHEN its budget is planned, THEN it counts this stack's costs and tells the topic. */
class SpendBudgetTest {

    static final String TOPIC = "arn:aws:sns:ap-northeast-1:123456789012:webstack-staging-alarms";

    static Plan plan(int limit) {
        return ComponentHarness.run(Environment.STAGING, (context, options) -> new SpendBudget("spend", new SpendBudgetArgs(
                ComponentHarness.naming(Environment.STAGING), limit, "pulumi-stack", "staging", Output.of(TOPIC)), options)
                .contract().exportTo(context));
    }

    static PlannedResource budget(Plan plan) {
        return plan.named(AwsTypes.BUDGETS_BUDGET, "spend-budget");
    }

    @Test
    void aMonthlyCostBudgetAtTheStacksLimit() {
        var budget = budget(plan(54));

        assertEquals("webstack-staging-monthly-cost", budget.inputText("name"));
        assertEquals("COST", budget.inputText("budgetType"));
        assertEquals("MONTHLY", budget.inputText("timeUnit"));
        assertEquals("54", budget.inputText("limitAmount"));
        assertEquals("USD", budget.inputText("limitUnit"));
        assertEquals("137", budget(plan(137)).inputText("limitAmount"));
    }

    @Test
    void itCountsOnlyCostsTaggedWithThisStack() {
        assertEquals(List.of(Map.of("name", "TagKeyValue", "values", List.of("user:pulumi-stack$staging"))),
                budget(plan(54)).inputList("costFilters"));
    }

    @Test
    void actualSpendAt80And100PercentAndAForecastAbove100TellTheTopic() {
        var notifications = budget(plan(54)).inputList("notifications").stream().map(n -> (Map<?, ?>) n).toList();

        assertEquals(Set.of("ACTUAL 80", "ACTUAL 100", "FORECASTED 100"), notifications.stream()
                .map(n -> n.get("notificationType") + " " + ((Number) n.get("threshold")).intValue()).collect(Collectors.toSet()));
        for (var notification : notifications) {
            assertEquals("GREATER_THAN", notification.get("comparisonOperator"));
            assertEquals("PERCENTAGE", notification.get("thresholdType"));
            assertEquals(List.of(TOPIC), notification.get("subscriberSnsTopicArns"));
            assertEquals(null, notification.get("subscriberEmailAddresses"), "the topic already mails alarms.emails");
        }
    }

    @Test
    void theContractNamesTheBudgetAndItsLimit() {
        var plan = plan(54);

        assertEquals("webstack-staging-monthly-cost", plan.output(SpendBudgetContract.BUDGET_NAME));
        assertEquals(54, ((Number) plan.output(SpendBudgetContract.LIMIT_USD)).intValue());
    }

    @Test
    void aBudgetOfNothingIsRefused() {
        var error = assertThrows(IllegalArgumentException.class, () -> new SpendBudgetArgs(
                ComponentHarness.naming(Environment.STAGING), 0, "pulumi-stack", "staging", Output.of(TOPIC)));
        assertEquals("SpendBudgetArgs: monthlyLimitUsd must be at least 1, was 0", error.getMessage());
    }
}
