package dev.webstack.cli;

import static dev.webstack.plan.TradeOffCatalog.DELETABLE_DATABASE;
import static dev.webstack.plan.TradeOffCatalog.DELETABLE_LOAD_BALANCER;
import static dev.webstack.plan.TradeOffCatalog.NO_CONTAINER_INSIGHTS;
import static dev.webstack.plan.TradeOffCatalog.NO_VIEWER_LOGS;
import static dev.webstack.plan.TradeOffCatalog.NO_WEB_ACL;
import static dev.webstack.plan.TradeOffCatalog.SINGLE_AZ_DATABASE;

import dev.webstack.kit.Safekeeping;
import dev.webstack.plan.TradeOff;
import dev.webstack.plan.TradeOffCatalog;
import dev.webstack.settings.StackSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Where a stack gives up resilience for cost. Expected in staging, where each is named so a
 * reviewer sees the price of the saving; a warning in production, where each is a risk. The
 * ones that break a guardrail are explained in {@link TradeOffCatalog}; here the settings
 * decide which of them a stack takes.
 */
public final class TradeOffs {

    private static final Map<TradeOff, Predicate<StackSettings>> TAKEN_WHEN = Map.of(
            SINGLE_AZ_DATABASE, s -> !s.database().multiAz(),
            DELETABLE_DATABASE, s -> !s.database().deletionProtection(),
            NO_WEB_ACL, s -> !s.edge().waf(),
            // An adopted load balancer is the owner's, protected or not by the owner's setting (ADR 0024).
            DELETABLE_LOAD_BALANCER, s -> !s.edge().deletionProtection() && !s.edge().adopted(),
            NO_VIEWER_LOGS, s -> !s.edge().cloudFrontLogs(),
            NO_CONTAINER_INSIGHTS, s -> !s.service().containerInsights());

    private TradeOffs() {
    }

    /** The catalogued trade-offs these settings take, in catalogue order. */
    public static List<TradeOff> taken(StackSettings settings) {
        return TradeOffCatalog.ALL.stream().filter(tradeOff -> takenWhen(tradeOff).test(settings)).toList();
    }

    /** Every warning of the plan about a saving or a risk; the catalogued ones are those {@code taken} lists. */
    public static List<String> warnings(StackSettings settings, List<TradeOff> taken) {
        var environment = settings.environment();
        // Labelled with the stack's own name: a stack test with the staging profile warns as test (ADR 0022).
        var stack = settings.identity().stack();
        var found = new Warnings(environment.isProduction() ? stack + " risk: " : stack + " cost trade-off: ", taken);
        found.ifTaken(SINGLE_AZ_DATABASE);
        found.ifTaken(DELETABLE_DATABASE);
        if (!Safekeeping.forEnvironment(environment).protect()) {
            found.labelled("disposable data: pulumi destroy deletes the database without a final snapshot "
                    + "or its automated backups, empties and deletes the documents bucket, and deletes secrets "
                    + (settings.secrets().recoveryWindowDays() == 0 ? "at once" : "after " + settings.secrets().recoveryWindowDays() + " days")
                    + "; nothing is protected.");
        }
        if (!settings.edge().originLock()) {
            found.labelled("edge.originLock=false: the load balancer accepts requests from any address, "
                    + "bypassing CloudFront and its HTTPS.");
        }
        found.ifTaken(NO_WEB_ACL);
        found.ifTaken(DELETABLE_LOAD_BALANCER);
        found.ifTaken(NO_VIEWER_LOGS);
        settings.offHours().schedule().ifPresent(schedule -> found.labelled("offHours: "
                + schedule.describe() + "; outside those hours the service has no tasks and the site answers 503, "
                + schedule.describeDatabase() + ", and alarm actions pause while it sleeps."));
        found.ifTaken(NO_CONTAINER_INSIGHTS);
        if (settings.service().spot()) {
            found.labelled("service.spot=true: tasks run on Fargate Spot and may be stopped with two minutes' notice.");
        }
        if (settings.service().minCount() < 2) {
            found.labelled("service.minCount=" + settings.service().minCount()
                    + ": one task; a task or AZ failure is an outage until ECS starts a replacement.");
        }
        return found.lines;
    }

    private static Predicate<StackSettings> takenWhen(TradeOff tradeOff) {
        var decision = TAKEN_WHEN.get(tradeOff);
        if (decision == null) {
            throw new IllegalStateException("no setting decides whether a stack takes " + tradeOff + "; add it to TradeOffs");
        }
        return decision;
    }

    /** Warnings in the order a reviewer reads them, each labelled as a saving (staging) or a risk (production). */
    private static final class Warnings {
        private final String label;
        private final List<TradeOff> taken;
        private final List<String> lines = new ArrayList<>();

        Warnings(String label, List<TradeOff> taken) {
            this.label = label;
            this.taken = taken;
        }

        void ifTaken(TradeOff tradeOff) {
            if (taken.contains(tradeOff)) {
                labelled(tradeOff.warning());
            }
        }

        void labelled(String text) {
            lines.add(label + text);
        }
    }
}
