package dev.webstack.guardrails.model;

import dev.webstack.plan.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An IAM policy document as rules read it: every field that may be a string or a list is a
 * list, and conditions are operator to key to values.
 */
public record Policy(List<Statement> statements) {

    public record Statement(String sid, boolean allows, List<String> actions, List<String> notActions, List<String> resources,
                            Map<String, List<String>> principals, boolean anyPrincipal,
                            Map<String, Map<String, List<String>>> conditions) {

        /** Whether an action pattern of this statement covers the action (IAM wildcards, case-insensitive). */
        public boolean covers(String action) {
            return actions.stream().anyMatch(pattern -> matches(pattern, action));
        }

        /** Values of a condition key under any operator, e.g. StringEquals / StringLike. */
        public List<String> condition(String key) {
            var values = new ArrayList<String>();
            conditions.values().forEach(byKey -> byKey.forEach((k, v) -> {
                if (k.equalsIgnoreCase(key)) {
                    values.addAll(v);
                }
            }));
            return values;
        }

        public String label() {
            return sid == null || sid.isEmpty() ? "a statement" : "statement " + sid;
        }
    }

    /** Whether an IAM action pattern ("s3:Get*", "*") matches an action, as IAM compares them. */
    public static boolean matches(String pattern, String action) {
        var regex = new StringBuilder("(?i)");
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(java.util.regex.Pattern.quote(String.valueOf(c)));
            }
        }
        return action.matches(regex.toString());
    }

    public static Policy parse(String json) {
        var document = Json.parseObject(json);
        var raw = document.get("Statement");
        var list = raw instanceof List<?> l ? l : raw == null ? List.of() : List.of(raw);
        var statements = new ArrayList<Statement>();
        for (var item : list) {
            var s = (Map<?, ?>) item;
            var principal = s.get("Principal");
            var principals = new LinkedHashMap<String, List<String>>();
            boolean anyPrincipal = "*".equals(principal);
            if (principal instanceof Map<?, ?> map) {
                map.forEach((kind, values) -> {
                    var texts = texts(values);
                    principals.put(String.valueOf(kind), texts);
                });
                anyPrincipal = principals.getOrDefault("AWS", List.of()).contains("*");
            }
            var conditions = new LinkedHashMap<String, Map<String, List<String>>>();
            if (s.get("Condition") instanceof Map<?, ?> byOperator) {
                byOperator.forEach((operator, byKey) -> {
                    var keys = new LinkedHashMap<String, List<String>>();
                    ((Map<?, ?>) byKey).forEach((key, values) -> keys.put(String.valueOf(key), texts(values)));
                    conditions.put(String.valueOf(operator), keys);
                });
            }
            statements.add(new Statement(s.get("Sid") == null ? null : String.valueOf(s.get("Sid")), "Allow".equals(s.get("Effect")),
                    texts(s.get("Action")), texts(s.get("NotAction")), texts(s.get("Resource")), principals, anyPrincipal, conditions));
        }
        return new Policy(List.copyOf(statements));
    }

    public List<Statement> allows() {
        return statements.stream().filter(Statement::allows).toList();
    }

    private static List<String> texts(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }
}
