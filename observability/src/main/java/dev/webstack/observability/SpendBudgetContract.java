package dev.webstack.observability;

import com.pulumi.Context;
import com.pulumi.core.Output;
import dev.webstack.kit.Doc;

/** The stack's cost budget in AWS Budgets. */
public record SpendBudgetContract(
        @Doc("the budget, `<app>-<stack>-monthly-cost`") Output<String> budgetName,
        @Doc("its monthly limit in USD") Output<Integer> limitUsd) {

    public static final String BUDGET_NAME = "budget.name";
    public static final String LIMIT_USD = "budget.limitUsd";

    public void exportTo(Context context) {
        context.export(BUDGET_NAME, budgetName);
        context.export(LIMIT_USD, limitUsd);
    }
}
