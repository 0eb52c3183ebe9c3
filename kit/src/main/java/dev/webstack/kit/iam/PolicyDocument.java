package dev.webstack.kit.iam;

import dev.webstack.plan.aws.MetadataReads;
import dev.webstack.plan.json.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An IAM policy document built as data, so that scope (exact actions, exact resources) is
 * visible in code review and checkable in tests, and rendered to the JSON AWS expects.
 */
public record PolicyDocument(List<Statement> statements) {

    public PolicyDocument {
        statements = List.copyOf(statements);
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("a policy document needs at least one statement");
        }
    }

    public static PolicyDocument of(Statement... statements) {
        return new PolicyDocument(Arrays.asList(statements));
    }

    public String toJson() {
        var document = new LinkedHashMap<String, Object>();
        document.put("Version", "2012-10-17");
        document.put("Statement", statements.stream().map(Statement::toMap).toList());
        return Json.compact(document);
    }

    /** One statement. Build with {@link #allow(String...)} or {@link #deny(String...)}. */
    public record Statement(String sid, String effect, List<String> actions, List<String> resources,
                            Object principal, Map<String, Map<String, List<String>>> conditions, List<String> notResources) {

        /** Allows named actions only: a wildcard in an Allow is refused. */
        public static Builder allow(String... actions) {
            var list = List.of(actions);
            if (list.isEmpty() || list.stream().anyMatch(a -> a.contains("*"))) {
                throw new IllegalArgumentException("name each allowed action; wildcards are refused: " + list);
            }
            return new Builder("Allow", list);
        }

        /**
         * The statement every KMS key policy needs: the account administers its key through IAM.
         * Without it nobody, not even the account, could change or delete the key. The one place a
         * wildcard action is allowed, and only on the key itself ("*" in a key policy).
         */
        public static Statement keyAdministration(String account) {
            return new Statement("AccountAdministersThisKey", "Allow", List.of("kms:*"), List.of("*"),
                    Map.of("AWS", List.of("arn:aws:iam::" + account + ":root")), Map.of(), List.of());
        }

        /**
         * The allow of a permissions boundary: a boundary grants nothing by itself, it caps what a
         * role's own policies grant (IAM User Guide, "Permissions boundaries for IAM entities":
         * effective permissions are the intersection). The other place a wildcard action is allowed;
         * the boundary's denies say what no bounded role may ever do.
         */
        public static Statement boundaryCeiling() {
            return new Statement("CeilingOfTheRolesOwnPolicies", "Allow", List.of("*"), List.of("*"), null, Map.of(), List.of());
        }

        /**
         * Lets an AWS service assume a role for this account only: {@code aws:SourceAccount} keeps
         * another account's use of the same service from borrowing it (the confused deputy).
         */
        public static Statement assumedBy(String service, String account) {
            return allow("sts:AssumeRole").principalService(service).when("StringEquals", "aws:SourceAccount", account).build();
        }

        /**
         * Allows reading metadata: each pattern names a service and a Describe, List or Get
         * prefix ("ec2:Describe*"). Patterns that would also read data (objects, secret values,
         * parameters, log events, image layers) are refused.
         */
        public static Builder allowReading(String... patterns) {
            for (var pattern : patterns) {
                var action = pattern.substring(pattern.indexOf(':') + 1);
                if (!MetadataReads.isReadPattern(pattern)) {
                    throw new IllegalArgumentException(pattern + " is not a service's Describe, List or Get pattern");
                }
                MetadataReads.dataReadIn(pattern).ifPresent(data -> {
                    throw new IllegalArgumentException(pattern + " would also allow " + data + ", which reads data, not metadata");
                });
                if (action.isEmpty()) {
                    throw new IllegalArgumentException(pattern + " names no action");
                }
            }
            return new Builder("Allow", List.of(patterns));
        }


        /** Denies; wildcards are fine here, a deny can only narrow access. */
        public static Builder deny(String... actions) {
            if (actions.length == 0) {
                throw new IllegalArgumentException("a deny names at least one action");
            }
            return new Builder("Deny", List.of(actions));
        }

        Map<String, Object> toMap() {
            var map = new LinkedHashMap<String, Object>();
            if (sid != null) {
                map.put("Sid", sid);
            }
            map.put("Effect", effect);
            if (principal != null) {
                map.put("Principal", principal);
            }
            map.put("Action", actions);
            if (!resources.isEmpty()) {
                map.put("Resource", resources);
            }
            if (!notResources.isEmpty()) {
                map.put("NotResource", notResources);
            }
            if (!conditions.isEmpty()) {
                map.put("Condition", conditions);
            }
            return map;
        }

        public static final class Builder {
            private final String effect;
            private final List<String> actions;
            private final List<String> resources = new ArrayList<>();
            private final List<String> notResources = new ArrayList<>();
            private final Map<String, List<String>> principals = new LinkedHashMap<>();
            private final Map<String, Map<String, List<String>>> conditions = new LinkedHashMap<>();
            private boolean anyPrincipal;
            private String sid;

            private Builder(String effect, List<String> actions) {
                this.effect = effect;
                this.actions = actions;
            }

            public Builder sid(String sid) {
                this.sid = sid;
                return this;
            }

            public Builder on(String... resources) {
                this.resources.addAll(List.of(resources));
                return this;
            }

            public Builder on(List<String> resources) {
                this.resources.addAll(resources);
                return this;
            }

            /**
             * NotResource, for a deny only: every resource but these (IAM User Guide, "IAM JSON policy elements:
             * NotResource"; with Deny it denies everything not listed). On an allow it would grant the rest of the account.
             */
            public Builder notOn(String... resources) {
                if (!"Deny".equals(effect)) {
                    throw new IllegalArgumentException("NotResource only in a deny: on an allow it grants everything else");
                }
                this.notResources.addAll(List.of(resources));
                return this;
            }

            /** For trust policies: the AWS service allowed to assume the role. */
            public Builder principalService(String service) {
                principals.computeIfAbsent("Service", k -> new ArrayList<>()).add(service);
                return this;
            }

            /** Every principal ("*"): for resource policies that deny, such as TLS-only buckets. */
            public Builder anyPrincipal() {
                anyPrincipal = true;
                return this;
            }

            /** An AWS account or role as principal, e.g. the region's load-balancer log account. */
            public Builder principalAws(String arn) {
                principals.computeIfAbsent("AWS", k -> new ArrayList<>()).add(arn);
                return this;
            }

            public Builder principalFederated(String provider) {
                principals.computeIfAbsent("Federated", k -> new ArrayList<>()).add(provider);
                return this;
            }

            public Builder when(String operator, String key, String... values) {
                conditions.computeIfAbsent(operator, k -> new LinkedHashMap<>()).put(key, List.of(values));
                return this;
            }

            public Statement build() {
                Object principal = anyPrincipal ? "*" : principals.isEmpty() ? null : Collections.unmodifiableMap(principals);
                return new Statement(sid, effect, actions, List.copyOf(resources), principal,
                        Collections.unmodifiableMap(conditions), List.copyOf(notResources));
            }
        }
    }
}
