package dev.webstack.guardrails.model;

import dev.webstack.plan.PlannedResource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One security or reliability rule: what it requires, why, the resource types it reads, where
 * it applies, the public control it mirrors, and the check over the recorded graph.
 */
public record Rule(String id, String title, String why, List<String> reads, Scope scope, Mirrors mirrors, Check check) {

    public Rule {
        reads = List.copyOf(reads);
        if (!id.matches("[a-z0-9]+(\\.[a-z0-9-]+)+")) {
            throw new IllegalArgumentException("rule id '" + id + "' is not area.name in lower case");
        }
    }

    public static Builder rule(String id, String title) {
        return new Builder(id, title);
    }

    /** Whether the rule applies to stacks of this environment. */
    public boolean appliesTo(String environment) {
        return scope.appliesTo(environment);
    }

    /** The violations in this graph; none where the rule does not apply. */
    public List<Violation> evaluate(Graph graph) {
        if (!appliesTo(graph.environment())) {
            return List.of();
        }
        var findings = new Findings(id);
        check.run(graph, findings);
        return findings.violations();
    }

    /** A check of each resource of one type. */
    @FunctionalInterface
    public interface EachCheck {
        void run(PlannedResource resource, Graph graph, Findings findings);
    }

    public static final class Builder {
        private final String id;
        private final String title;
        private String why = "";
        private final LinkedHashSet<String> reads = new LinkedHashSet<>();
        private Scope scope = Scope.EVERY_ENVIRONMENT;
        private Mirrors mirrors = Mirrors.NONE;
        private final List<Check> checks = new ArrayList<>();

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        public Builder why(String why) {
            this.why = why;
            return this;
        }

        public Builder inProduction() {
            this.scope = Scope.PRODUCTION;
            return this;
        }

        public Builder mirrors(String securityHub, String checkov) {
            this.mirrors = Mirrors.of(securityHub, checkov);
            return this;
        }

        /** Types the check looks at besides those given to {@link #each}. */
        public Builder reads(String... types) {
            reads.addAll(List.of(types));
            return this;
        }

        public Builder each(String type, EachCheck check) {
            reads.add(type);
            checks.add((graph, findings) -> graph.all(type).forEach(resource -> check.run(resource, graph, findings)));
            return this;
        }

        public Builder check(Check check) {
            checks.add(check);
            return this;
        }

        public Rule build() {
            if (checks.isEmpty() || reads.isEmpty() || why.isBlank()) {
                throw new IllegalStateException("rule " + id + " needs a check, the types it reads and why it exists");
            }
            var all = List.copyOf(checks);
            return new Rule(id, title, why, List.copyOf(reads), scope, mirrors,
                    (graph, findings) -> all.forEach(c -> Objects.requireNonNull(c).run(graph, findings)));
        }
    }
}
