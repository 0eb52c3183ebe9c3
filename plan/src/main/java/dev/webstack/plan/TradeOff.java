package dev.webstack.plan;

/**
 * A saving a stack may take at some risk, and the guardrail it breaks in doing so: with
 * {@code setting=value} the resource fails the rule, and the stated environment accepts that
 * failure for the stated reason. The offline planner records the ones a stack takes with its plan.
 *
 * @param setting       the key without its namespace, e.g. {@code database.multiAz}
 * @param value         the value that takes the trade-off, as a stack file writes it
 * @param risk          what the stack gives up: the plan's warning
 * @param ruleId        the guardrail rule the resource then fails
 * @param resource      the logical name of that resource
 * @param acceptedIn    the environment whose guardrails accept the failure
 * @param justification why that environment accepts it
 */
public record TradeOff(String setting, String value, String risk, String ruleId, String resource, String acceptedIn,
                       String justification) {

    /** How a stack file takes it, e.g. {@code database.multiAz=false}. */
    public String choice() {
        return setting + "=" + value;
    }

    public String warning() {
        return choice() + ": " + risk;
    }

    /** Why the guardrails accept the failure, as {@code webstack check} prints it. */
    public String reason() {
        return choice() + ": " + justification;
    }

    @Override
    public String toString() {
        return ruleId + " on " + resource + " (" + choice() + ", accepted in " + acceptedIn + ")";
    }
}
