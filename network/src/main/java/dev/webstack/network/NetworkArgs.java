package dev.webstack.network;

import dev.webstack.kit.ArgsCheck;
import dev.webstack.kit.naming.Naming;
import dev.webstack.settings.net.Cidr;
import dev.webstack.settings.Check;
import dev.webstack.settings.NetworkSettings;
import dev.webstack.settings.NetworkSettings.FlowLogTraffic;

/**
 * What a {@link Network} is built from. Every field is required: the stack defaults live in
 * the settings (webstack:network.*, see docs/configuration.md), not here, so that there is
 * one place to read them.
 */
public final class NetworkArgs {

    private final Naming naming;
    private final Cidr cidr;
    private final int azCount;
    private final int flowLogRetentionDays;
    private final FlowLogTraffic flowLogTraffic;
    private final int appPort;
    private final int entryPort;
    private final boolean originLock;
    private final int databasePort;

    private NetworkArgs(Builder b) {
        var check = ArgsCheck.of(NetworkArgs.class);
        check.required("naming", b.naming);
        var hasCidr = check.required("cidr", b.cidr);
        var hasZones = check.required("azCount", b.azCount);
        var hasRetention = check.required("flowLogRetentionDays", b.flowLogRetentionDays);
        check.required("flowLogTraffic", b.flowLogTraffic);
        var hasAppPort = check.required("appPort", b.appPort);
        var hasEntryPort = check.required("entryPort", b.entryPort);
        check.required("originLock", b.originLock);
        var hasDatabasePort = check.required("databasePort", b.databasePort);
        if (hasCidr) {
            check.check(b.cidr.prefixLength() >= 16 && b.cidr.prefixLength() <= NetworkSettings.SMALLEST_VPC_PREFIX,
                    "cidr", b.cidr, "is not between /16 and /22", "use a /16 to /22 network");
            check.check(b.cidr.isPrivate(), "cidr", b.cidr, "is not private address space", "use RFC 1918 space, e.g. 10.0.0.0/16");
        }
        if (hasZones) {
            check.check(b.azCount >= 2 && b.azCount <= SubnetLayout.MAX_ZONES, "azCount", b.azCount,
                    "is outside 2.." + SubnetLayout.MAX_ZONES, "use 2 (the load balancer and the database need two zones) to " + SubnetLayout.MAX_ZONES);
        }
        if (hasRetention) {
            check.check(Check.LOG_RETENTION_DAYS.contains(b.flowLogRetentionDays), "flowLogRetentionDays", b.flowLogRetentionDays,
                    "is not a retention CloudWatch Logs accepts", "use one of " + Check.LOG_RETENTION_DAYS);
        }
        if (hasAppPort) {
            check.check(b.appPort >= 1 && b.appPort <= 65535, "appPort", b.appPort, "is not a TCP port", "use 1 to 65535");
        }
        if (hasEntryPort) {
            check.check(b.entryPort == 80 || b.entryPort == 443, "entryPort", b.entryPort,
                    "is not a load balancer listener port", "use 80 (HTTP origin) or 443 (HTTPS origin with a custom domain)");
        }
        if (hasDatabasePort) {
            check.check(b.databasePort >= 1 && b.databasePort <= 65535, "databasePort", b.databasePort, "is not a TCP port", "use 1 to 65535");
        }
        check.orThrow();
        this.naming = b.naming;
        this.cidr = b.cidr;
        this.azCount = b.azCount;
        this.flowLogRetentionDays = b.flowLogRetentionDays;
        this.flowLogTraffic = b.flowLogTraffic;
        this.appPort = b.appPort;
        this.entryPort = b.entryPort;
        this.originLock = b.originLock;
        this.databasePort = b.databasePort;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Physical names and Name tags; {@code <app>-<stack>-...}. */
    public Naming naming() {
        return naming;
    }

    /** The VPC's IPv4 range, /16 to /22 of private space (webstack:network.cidr). */
    public Cidr cidr() {
        return cidr;
    }

    /** Availability zones, 2 to 4: the first zones the region lists (webstack:network.azCount). */
    public int azCount() {
        return azCount;
    }

    /** Days flow logs are kept (webstack:network.flowLogs.retentionDays). */
    public int flowLogRetentionDays() {
        return flowLogRetentionDays;
    }

    /** Which packets flow logs record (webstack:network.flowLogs.traffic). */
    public FlowLogTraffic flowLogTraffic() {
        return flowLogTraffic;
    }

    /** The port the application listens on: the only port the load balancer may reach tasks on. */
    public int appPort() {
        return appPort;
    }

    /** The load balancer port CloudFront connects to: 80, or 443 with a custom domain. */
    public int entryPort() {
        return entryPort;
    }

    /**
     * Whether only CloudFront's origin-facing addresses reach the load balancer (webstack:edge.originLock).
     * Off, the entry port is open to any address: staging only, for testing the load balancer directly.
     */
    public boolean originLock() {
        return originLock;
    }

    /** The database port: the only port tasks may reach the database on. */
    public int databasePort() {
        return databasePort;
    }

    public static final class Builder {
        private Naming naming;
        private Cidr cidr;
        private Integer azCount;
        private Integer flowLogRetentionDays;
        private FlowLogTraffic flowLogTraffic;
        private Integer appPort;
        private Integer entryPort;
        private Boolean originLock;
        private Integer databasePort;

        public Builder naming(Naming naming) {
            this.naming = naming;
            return this;
        }

        public Builder cidr(Cidr cidr) {
            this.cidr = cidr;
            return this;
        }

        public Builder azCount(int azCount) {
            this.azCount = azCount;
            return this;
        }

        public Builder flowLogRetentionDays(int days) {
            this.flowLogRetentionDays = days;
            return this;
        }

        public Builder flowLogTraffic(FlowLogTraffic traffic) {
            this.flowLogTraffic = traffic;
            return this;
        }

        public Builder appPort(int port) {
            this.appPort = port;
            return this;
        }

        public Builder entryPort(int port) {
            this.entryPort = port;
            return this;
        }

        public Builder originLock(boolean originLock) {
            this.originLock = originLock;
            return this;
        }

        public Builder databasePort(int port) {
            this.databasePort = port;
            return this;
        }

        /** Validates every field at once; throws naming each bad field and its fix. */
        public NetworkArgs build() {
            return new NetworkArgs(this);
        }
    }
}
