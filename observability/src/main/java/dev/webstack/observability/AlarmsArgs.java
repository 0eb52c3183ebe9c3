package dev.webstack.observability;

import dev.webstack.kit.ArgsCheck;
import dev.webstack.kit.Doc;
import dev.webstack.kit.Safekeeping;
import dev.webstack.kit.naming.Naming;
import dev.webstack.settings.AlarmSettings;
import java.util.Optional;

/** What {@link Alarms} are built from. Every field is required but {@code publicEndpoint}. */
public final class AlarmsArgs {

    @Doc("physical names, `<app>-<stack>-...`")
    private final Naming naming;
    @Doc("recipients and thresholds (`webstack:alarms.*`)")
    private final AlarmSettings settings;
    @Doc("whether the key is protected and how long it waits before deletion")
    private final Safekeeping safekeeping;
    @Doc("for the Discord webhook secret, as for the application's (`webstack:secrets.recoveryWindowDays`)")
    private final Integer secretRecoveryWindowDays;
    @Doc("running-task counts come from Container Insights when it is on (`webstack:service.containerInsights`), otherwise from healthy targets")
    private final Boolean containerInsights;
    @Doc("cluster name and ARN, service name, migration family and container, RDS identifier, ALB and target group ARN suffixes, "
            + "the app's log group, the service's floor of tasks (`service.minCount`)")
    private final Watched watched;
    @Doc("the notifier's deployable directory (`notifier/target/lambda`: its classes and `lib/*.jar`), relative to the project directory: the Lambda's code")
    private final String forwarderCode;
    @Doc("whether a schedule pauses and resumes the alarms' actions (off-hours): then Pulumi leaves `actionsEnabled` to the schedule")
    private final Boolean pausedOffHours;
    @Doc("whether the database runs on a burstable class: adds the surplus-credit alarm and widget")
    private final Boolean burstableDatabase;
    @Doc("optional: with a custom domain (`edge.domain`), the site's address, health check path and the us-east-1 provider "
            + "for a Route 53 health check and its alarm")
    private final Optional<PublicEndpoint> publicEndpoint;

    private AlarmsArgs(Builder b) {
        var check = ArgsCheck.of(AlarmsArgs.class);
        check.required("naming", b.naming);
        check.required("settings", b.settings);
        check.required("safekeeping", b.safekeeping);
        check.required("secretRecoveryWindowDays", b.secretRecoveryWindowDays);
        check.required("containerInsights", b.containerInsights);
        check.required("watched", b.watched);
        check.required("forwarderCode", b.forwarderCode);
        check.required("pausedOffHours", b.pausedOffHours);
        check.required("burstableDatabase", b.burstableDatabase);
        check.orThrow();
        this.naming = b.naming;
        this.settings = b.settings;
        this.safekeeping = b.safekeeping;
        this.secretRecoveryWindowDays = b.secretRecoveryWindowDays;
        this.containerInsights = b.containerInsights;
        this.watched = b.watched;
        this.forwarderCode = b.forwarderCode;
        this.pausedOffHours = b.pausedOffHours;
        this.burstableDatabase = b.burstableDatabase;
        this.publicEndpoint = Optional.ofNullable(b.publicEndpoint);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Naming naming() {
        return naming;
    }

    public AlarmSettings settings() {
        return settings;
    }

    public Safekeeping safekeeping() {
        return safekeeping;
    }

    public int secretRecoveryWindowDays() {
        return secretRecoveryWindowDays;
    }

    public boolean containerInsights() {
        return containerInsights;
    }

    public Watched watched() {
        return watched;
    }

    public String forwarderCode() {
        return forwarderCode;
    }

    public boolean pausedOffHours() {
        return pausedOffHours;
    }

    public boolean burstableDatabase() {
        return burstableDatabase;
    }

    public Optional<PublicEndpoint> publicEndpoint() {
        return publicEndpoint;
    }

    public static final class Builder {
        private Naming naming;
        private AlarmSettings settings;
        private Safekeeping safekeeping;
        private Integer secretRecoveryWindowDays;
        private Boolean containerInsights;
        private Watched watched;
        private String forwarderCode;
        private Boolean pausedOffHours;
        private Boolean burstableDatabase;
        private PublicEndpoint publicEndpoint;

        public Builder naming(Naming naming) {
            this.naming = naming;
            return this;
        }

        public Builder settings(AlarmSettings settings) {
            this.settings = settings;
            return this;
        }

        public Builder safekeeping(Safekeeping safekeeping) {
            this.safekeeping = safekeeping;
            return this;
        }

        public Builder secretRecoveryWindowDays(int days) {
            this.secretRecoveryWindowDays = days;
            return this;
        }

        public Builder containerInsights(boolean containerInsights) {
            this.containerInsights = containerInsights;
            return this;
        }

        public Builder watched(Watched watched) {
            this.watched = watched;
            return this;
        }

        public Builder forwarderCode(String forwarderCode) {
            this.forwarderCode = forwarderCode;
            return this;
        }

        public Builder pausedOffHours(boolean pausedOffHours) {
            this.pausedOffHours = pausedOffHours;
            return this;
        }

        public Builder burstableDatabase(boolean burstableDatabase) {
            this.burstableDatabase = burstableDatabase;
            return this;
        }

        public Builder publicEndpoint(PublicEndpoint publicEndpoint) {
            this.publicEndpoint = publicEndpoint;
            return this;
        }

        public AlarmsArgs build() {
            return new AlarmsArgs(this);
        }
    }
}
