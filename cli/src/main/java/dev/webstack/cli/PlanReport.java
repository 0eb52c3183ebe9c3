package dev.webstack.cli;

import dev.webstack.cost.Estimate;
import dev.webstack.guardrails.Report;
import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import java.util.Comparator;
import java.util.List;

/** The plan as a person reads it: a tree by component, counts by type, outputs, who alarms reach, warnings. */
final class PlanReport {

    private final Plan plan;
    private final ResourceSummaries summaries;
    private final StringBuilder text = new StringBuilder();

    private final int typeWidth;
    private final int nameWidth;

    private final Report guardrails;
    private final Estimate estimate;

    private PlanReport(Plan plan, Report guardrails, Estimate estimate) {
        this.plan = plan;
        this.guardrails = guardrails;
        this.estimate = estimate;
        this.summaries = new ResourceSummaries(plan);
        this.typeWidth = plan.resources().stream().mapToInt(r -> shortType(r.type()).length()).max().orElse(0);
        this.nameWidth = plan.resources().stream().mapToInt(r -> r.name().length()).max().orElse(0);
    }

    static String render(Plan plan, Report guardrails, Estimate estimate) {
        return new PlanReport(plan, guardrails, estimate).render();
    }

    private String render() {
        line("webstack plan: stack " + plan.stack() + " (" + plan.environment() + "), project " + plan.project());
        line("region " + plan.region() + ", account " + plan.account() + " (offline engine: no cloud calls, ids are stand-ins)");
        line("");
        plan.resources().stream().filter(r -> r.parent() == null && !r.isComponent())
                .sorted(Comparator.comparing(PlannedResource::name))
                .forEach(r -> tree(r, 0));
        BuildOrder.components(plan).forEach(r -> tree(r, 0));
        counts();
        outputs();
        alerts();
        warnings();
        line("");
        GuardrailsSection.lines(guardrails).forEach(this::line);
        line("");
        line(String.format(java.util.Locale.ROOT, "Estimated cost: %s a month (budget %s; webstack cost %s for the lines)",
                CostReport.usd(estimate.totalUsd()), CostReport.usd(estimate.budgetUsd()), plan.stack()));
        return text.toString();
    }

    private void tree(PlannedResource resource, int depth) {
        var indent = "  ".repeat(depth);
        if (resource.isComponent()) {
            line(indent + componentKind(resource.type()) + " \"" + resource.name() + "\"  (" + resource.type() + ", "
                    + cloudResourcesUnder(resource) + " resources)");
            plan.childrenOf(resource).stream()
                    .sorted(Comparator.comparing(PlannedResource::isComponent)
                            .thenComparing(PlannedResource::type)
                            .thenComparing(PlannedResource::name))
                    .forEach(child -> tree(child, depth + 1));
            line("");
        } else {
            line(String.format("%s%-" + typeWidth + "s  %-" + nameWidth + "s  %s%s", indent, shortType(resource.type()),
                    resource.name(), summaries.of(resource), keepMarkers(resource)).stripTrailing());
            if (depth == 0) {
                line("");
            }
        }
    }

    /**
     * Components after the components they depend on (the network before the database, ...);
     * among those ready, the one most others build on first, then by name: the order the stack
     * is built in.
     */
    /** What Pulumi does on delete, which mocks cannot show but a reviewer must see. */
    private static String keepMarkers(PlannedResource resource) {
        var markers = new java.util.ArrayList<String>();
        if (resource.options().protect()) {
            markers.add("protected");
        }
        if (resource.options().retainOnDelete()) {
            markers.add("retained on delete");
        }
        return markers.isEmpty() ? "" : "  [" + String.join(", ", markers) + "]";
    }

    private long cloudResourcesUnder(PlannedResource component) {
        return plan.childrenOf(component).stream()
                .mapToLong(child -> child.isComponent() ? cloudResourcesUnder(child) : 1)
                .sum();
    }

    private void counts() {
        var counts = plan.countsByType();
        line("Resources by type");
        counts.forEach((type, count) -> line(String.format("  %3d  %s", count, type)));
        line(String.format("  %3d  in total", plan.cloudResources().size()));
        line("");
    }

    private void outputs() {
        if (plan.outputs().isEmpty()) {
            return;
        }
        line("Stack outputs");
        var width = plan.outputs().keySet().stream().mapToInt(String::length).max().orElse(0);
        plan.outputs().forEach((name, value) -> line(String.format("  %-" + width + "s  %s", name, value)));
        line("");
    }

    /** Who hears of an alarm, channel by channel, and the command that adds or completes each. */
    private void alerts() {
        var channels = plan.alerting().channels();
        if (channels.isEmpty()) {
            return;
        }
        line("Alerts");
        var width = channels.stream().mapToInt(c -> c.channel().length()).max().orElse(0);
        for (var channel : channels) {
            line(String.format("  %-" + width + "s  %s", channel.channel(), channel.detail()));
            line(String.format("  %-" + width + "s    %s", "", channel.action()));
        }
        line("");
    }

    private void warnings() {
        List<String> warnings = plan.warnings();
        line(warnings.isEmpty() ? "No warnings." : "Warnings (" + warnings.size() + ")");
        warnings.forEach(w -> line("  - " + w));
    }

    /** {@code webstack:network:Network} reads as {@code Network}. */
    private static String componentKind(String type) {
        return type.substring(type.lastIndexOf(':') + 1);
    }

    /** {@code aws:ec2/vpc:Vpc} reads as {@code ec2.Vpc}. */
    static String shortType(String type) {
        var parts = type.split(":");
        if (parts.length != 3) {
            return type;
        }
        return parts[1].split("/")[0] + "." + parts[2];
    }

    private void line(String line) {
        text.append(line).append('\n');
    }
}
