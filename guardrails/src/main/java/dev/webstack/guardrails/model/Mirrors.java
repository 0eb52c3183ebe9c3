package dev.webstack.guardrails.model;

import java.util.Optional;

/**
 * The public controls a rule corresponds to, so a reviewer can look it up: an AWS Security
 * Hub foundational best-practice control ("RDS.3") and a Checkov check ("CKV_AWS_16").
 * Either may be absent when no public control says the same thing.
 */
public record Mirrors(Optional<String> securityHub, Optional<String> checkov) {

    public static final Mirrors NONE = new Mirrors(Optional.empty(), Optional.empty());

    public static Mirrors of(String securityHub, String checkov) {
        return new Mirrors(Optional.ofNullable(securityHub), Optional.ofNullable(checkov));
    }

    public String describe() {
        if (securityHub.isEmpty() && checkov.isEmpty()) {
            return "webstack's own";
        }
        var parts = new java.util.ArrayList<String>();
        securityHub.ifPresent(id -> parts.add("Security Hub " + id));
        checkov.ifPresent(id -> parts.add("Checkov " + id));
        return String.join(", ", parts);
    }
}
