package dev.webstack.observability;

import com.pulumi.core.Output;
import dev.webstack.kit.ArgsCheck;
import dev.webstack.kit.Doc;
import dev.webstack.kit.naming.Naming;

/** What {@link SpendBudget} is built from. Every field is required. */
public record SpendBudgetArgs(
        @Doc("physical names, `<app>-<stack>-...`") Naming naming,
        @Doc("the most the stack may cost a month (`webstack:cost.monthlyBudgetUsd`)") int monthlyLimitUsd,
        @Doc("the tag every resource of the stack carries (`pulumi-stack`), as a cost allocation tag") String costTagKey,
        @Doc("its value for this stack") String costTagValue,
        @Doc("where notifications go: the alarm topic (`AlarmsContract.topicArn`)") Output<String> topicArn) {

    public SpendBudgetArgs {
        var check = ArgsCheck.of(SpendBudgetArgs.class);
        check.required("naming", naming);
        check.required("costTagKey", costTagKey);
        check.required("costTagValue", costTagValue);
        check.required("topicArn", topicArn);
        check.orThrow();
        if (monthlyLimitUsd < 1) {
            throw new IllegalArgumentException("SpendBudgetArgs: monthlyLimitUsd must be at least 1, was " + monthlyLimitUsd);
        }
    }
}
