package dev.webstack.cli;

import dev.webstack.guardrails.Report;
import java.util.ArrayList;
import java.util.List;

/** The guardrails' verdict on a plan, as the plan and check commands print it. */
final class GuardrailsSection {

    private GuardrailsSection() {
    }

    static List<String> lines(Report report) {
        var lines = new ArrayList<String>();
        lines.add("Guardrails: " + report.rulesApplied() + " rules applied, " + count(report.violations().size(), "violation")
                + ", " + count(report.allowed().size(), "accepted trade-off") + " (rules: docs/guardrails.md)");
        for (var violation : report.violations()) {
            lines.add("  VIOLATION " + violation.ruleId() + " on " + violation.resourceName() + ": " + violation.problem());
        }
        for (var allowed : report.allowed()) {
            var violation = allowed.violation();
            lines.add("  accepted  " + violation.ruleId() + " on " + violation.resourceName() + ": " + allowed.entry().reason());
        }
        return lines;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
