package dev.webstack.guardrails;

import dev.webstack.guardrails.model.Violation;
import java.util.LinkedHashMap;
import java.util.Map;

/** The guardrails' verdict as the plan JSON's "guardrails" section. */
public final class ReportJson {

    public static final String SECTION = "guardrails";

    private ReportJson() {
    }

    public static Map<String, Object> of(Report report) {
        var root = new LinkedHashMap<String, Object>();
        root.put("rulesApplied", report.rulesApplied());
        root.put("violations", report.violations().stream().map(ReportJson::violation).toList());
        root.put("accepted", report.allowed().stream().map(a -> {
            var map = violation(a.violation());
            map.put("reason", a.entry().reason());
            return map;
        }).toList());
        return root;
    }

    private static Map<String, Object> violation(Violation violation) {
        var map = new LinkedHashMap<String, Object>();
        map.put("rule", violation.ruleId());
        map.put("type", violation.resourceType());
        map.put("name", violation.resourceName());
        map.put("problem", violation.problem());
        return map;
    }
}
