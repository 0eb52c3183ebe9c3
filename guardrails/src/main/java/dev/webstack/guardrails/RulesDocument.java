package dev.webstack.guardrails;

import dev.webstack.plan.TradeOff;
import dev.webstack.plan.TradeOffCatalog;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The rule catalog as a Markdown table (docs/guardrails.md), generated so it cannot drift from the code. */
public final class RulesDocument {

    private RulesDocument() {
    }

    public static String markdownTable() {
        var text = new StringBuilder("| rule | requires | where | mirrors | reads | why |\n|---|---|---|---|---|---|\n");
        for (var rule : RuleCatalog.all()) {
            text.append("| `").append(rule.id()).append("` | ").append(escape(rule.title())).append(" | ")
                    .append(rule.scope().description()).append(" | ").append(rule.mirrors().describe()).append(" | ")
                    .append(reads(rule.reads())).append(" | ").append(escape(rule.why())).append(" |\n");
        }
        text.append("\nAccepted in staging (the allowlist, each a staging cost trade-off):\n\n| rule | resource | reason |\n|---|---|---|\n");
        // In rule order, the order in which a check lists the failures it accepts.
        var byRule = Comparator.comparingInt((TradeOff t) -> RuleCatalog.all().indexOf(Guardrails.ruleBrokenBy(t)));
        for (var entry : TradeOffCatalog.ALL.stream().sorted(byRule).toList()) {
            text.append("| `").append(entry.ruleId()).append("` | `").append(entry.resource()).append("` | ")
                    .append(escape(entry.reason())).append(" |\n");
        }
        return text.toString();
    }

    /** {@code aws:rds/instance:Instance} reads as {@code rds.Instance}. */
    private static String reads(List<String> types) {
        return types.stream().map(t -> t.replaceFirst("^aws:([^/]+)/[^:]+:(.*)$", "$1.$2")).distinct().collect(Collectors.joining(", "));
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
