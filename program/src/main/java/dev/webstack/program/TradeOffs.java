package dev.webstack.program;

import dev.webstack.kit.Safekeeping;
import dev.webstack.settings.Environment;
import dev.webstack.settings.StackSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a stack gives up resilience for cost. Expected in staging, where each is named so a
 * reviewer sees the price of the saving; a warning in production, where each is a risk.
 */
public final class TradeOffs {

    private TradeOffs() {
    }

    public static List<String> of(StackSettings settings) {
        var environment = settings.environment();
        var found = new ArrayList<String>();
        if (!settings.database().multiAz()) {
            found.add(label(environment) + "database.multiAz=false: a single-AZ database; an AZ outage or a "
                    + "maintenance failover stops the application until RDS recovers the instance.");
        }
        if (!settings.database().deletionProtection()) {
            found.add(label(environment) + "database.deletionProtection=false: the database can be deleted by a "
                    + "`pulumi destroy` or a console click; backups are the only way back.");
        }
        if (!Safekeeping.forEnvironment(environment).protect()) {
            found.add(label(environment) + "disposable data: pulumi destroy deletes the database without a final snapshot "
                    + "or its automated backups, empties and deletes the documents bucket, and deletes secrets "
                    + (settings.secrets().recoveryWindowDays() == 0 ? "at once" : "after " + settings.secrets().recoveryWindowDays() + " days")
                    + "; nothing is protected.");
        }
        if (settings.alarms().emails().isEmpty() && !settings.alarms().discord()) {
            found.add("alarms reach nobody: set webstack:alarms.emails or turn on webstack:alarms.discord.");
        }
        var edge = settings.edge();
        if (!edge.originLock()) {
            found.add(label(environment) + "edge.originLock=false: the load balancer accepts requests from any address, "
                    + "bypassing CloudFront and its HTTPS.");
        }
        if (!edge.waf()) {
            found.add(label(environment) + "edge.waf=false: no managed rules or rate limit in front of the application "
                    + "(saves about $10 a month).");
        }
        if (!edge.deletionProtection()) {
            found.add(label(environment) + "edge.deletionProtection=false: the load balancer can be deleted by a "
                    + "`pulumi destroy` or a console click, taking the site and its DNS name with it.");
        }
        if (!edge.cloudFrontLogs()) {
            found.add(label(environment) + "edge.cloudFrontLogs=false: viewer requests are not logged; the load balancer's "
                    + "access logs remain.");
        }
        settings.offHours().schedule().ifPresent(schedule -> found.add(label(environment) + "offHours: "
                + schedule.describe() + "; outside those hours the service has no tasks and the site answers 503, "
                + schedule.describeDatabase() + ", and alarm actions pause while it sleeps."));
        if (!settings.service().containerInsights()) {
            found.add(label(environment) + "service.containerInsights=false: no per-task metrics; the dashboard counts "
                    + "healthy targets instead of running tasks.");
        }
        if (settings.service().spot()) {
            found.add(label(environment) + "service.spot=true: tasks run on Fargate Spot and may be stopped with two "
                    + "minutes' notice.");
        }
        if (settings.service().minCount() < 2) {
            found.add(label(environment) + "service.minCount=" + settings.service().minCount()
                    + ": one task; a task or AZ failure is an outage until ECS starts a replacement.");
        }
        return found;
    }

    private static String label(Environment environment) {
        return environment.isProduction() ? "production risk: " : "staging cost trade-off: ";
    }
}
