package dev.webstack.settings;

/**
 * What a stack adopting another's load balancer ({@code webstack:edge.fromStack}) must say about itself (ADR 0024):
 * its target group and rule live in the owner's VPC, its requests are told apart from the owner's on the shared
 * listener by its own secret header, and its rule needs a priority of its own there.
 */
final class EdgeAdoption {

    private EdgeAdoption() {
    }

    static void check(SettingsReader reader, EdgeSettings settings) {
        var owner = settings.fromStack().orElseThrow();
        var edgeKey = EdgeSettings.FROM_STACK.key();
        var networkKey = NetworkSettings.FROM_STACK.key();
        var network = reader.find(NetworkSettings.FROM_STACK);
        if (reader.usable(NetworkSettings.FROM_STACK) && !network.equals(settings.fromStack())) {
            reader.complain(edgeKey, "adopts " + owner + "'s load balancer, but " + networkKey + " is "
                            + network.map(n -> "'" + n + "'").orElse("not set") + ": this stack's target group and listener "
                            + "rule must be in the VPC of the load balancer they join",
                    "set " + networkKey + ": " + owner + " (the same name as " + edgeKey + "), or remove " + edgeKey);
        }
        if (reader.usable(EdgeSettings.ORIGIN_LOCK) && !settings.originLock()) {
            reader.complain(EdgeSettings.ORIGIN_LOCK, false, "is refused with " + edgeKey + ": on " + owner
                            + "'s listener requests reach this stack only by carrying its secret header",
                    "keep " + EdgeSettings.ORIGIN_LOCK.key() + " true and set " + EdgeSettings.ORIGIN_SECRET.key());
        }
        if (reader.usable(EdgeSettings.ORIGIN_SECRET) && settings.originSecret().isEmpty()) {
            reader.complain(EdgeSettings.ORIGIN_SECRET.key(), "is missing, and " + edgeKey + " needs it: the shared listener "
                            + "tells this stack's requests from " + owner + "'s by this header alone",
                    "run pulumi config set --secret " + EdgeSettings.ORIGIN_SECRET.key()
                            + " \"$(openssl rand -hex 32)\" (a value of this stack's own, never " + owner + "'s)");
        }
        if (!reader.source().keys().contains(EdgeSettings.LISTENER_RULE_PRIORITY.key())) {
            reader.complain(EdgeSettings.LISTENER_RULE_PRIORITY.key(), "is not set, and " + edgeKey + " needs it: "
                            + owner + "'s own rule has the default, 1, on the listener this stack's rule joins",
                    "choose a priority unique on " + owner + "'s listener, e.g. pulumi config set "
                            + EdgeSettings.LISTENER_RULE_PRIORITY.key() + " 10");
        }
        // The logs bucket of an adopter holds only CloudFront's logs: without them the retention would keep nothing.
        if (reader.source().keys().contains(EdgeSettings.ACCESS_LOG_RETENTION_DAYS.key()) && reader.usable(EdgeSettings.CLOUDFRONT_LOGS)
                && !settings.cloudFrontLogs()) {
            reader.complain(EdgeSettings.ACCESS_LOG_RETENTION_DAYS.key(), "is set, but this stack keeps no access logs: "
                            + "the load balancer's are " + owner + "'s, and " + EdgeSettings.CLOUDFRONT_LOGS.key() + " is false",
                    "remove it, or turn " + EdgeSettings.CLOUDFRONT_LOGS.key() + " on");
        }
    }
}
