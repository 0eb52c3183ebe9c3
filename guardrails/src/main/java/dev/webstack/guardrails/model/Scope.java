package dev.webstack.guardrails.model;

/** Where a rule applies. Staging deviations from an everywhere rule must be allowlisted, with a reason. */
public enum Scope {
    EVERY_ENVIRONMENT("every environment"),
    PRODUCTION("production");

    private final String description;

    Scope(String description) {
        this.description = description;
    }

    public boolean appliesTo(String environment) {
        return this == EVERY_ENVIRONMENT || "production".equals(environment);
    }

    public String description() {
        return description;
    }
}
