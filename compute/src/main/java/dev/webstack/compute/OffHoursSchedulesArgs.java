package dev.webstack.compute;

import com.pulumi.core.Output;
import dev.webstack.kit.ArgsCheck;
import dev.webstack.kit.Doc;
import dev.webstack.kit.naming.Naming;
import dev.webstack.settings.OffHours;
import java.util.List;

/** What {@link OffHoursSchedules} is built from. Every field is required. */
public final class OffHoursSchedulesArgs {

    @Doc("physical names, `<app>-<stack>`")
    private final Naming naming;
    @Doc("the environment's one schedule (`webstack:offHours.*`), the same the service scales by")
    private final OffHours schedule;
    @Doc("the RDS instance to stop and start (`database.instanceIdentifier`)")
    private final Output<String> databaseIdentifier;
    @Doc("its ARN: the only instance the schedules' role may stop or start")
    private final Output<String> databaseArn;
    @Doc("the alarms whose actions pause outside the running hours (`alarms.names`)")
    private final Output<List<String>> alarmNames;

    private OffHoursSchedulesArgs(Builder b) {
        var check = ArgsCheck.of(OffHoursSchedulesArgs.class);
        check.required("naming", b.naming);
        check.required("schedule", b.schedule);
        check.required("databaseIdentifier", b.databaseIdentifier);
        check.required("databaseArn", b.databaseArn);
        check.required("alarmNames", b.alarmNames);
        check.orThrow();
        this.naming = b.naming;
        this.schedule = b.schedule;
        this.databaseIdentifier = b.databaseIdentifier;
        this.databaseArn = b.databaseArn;
        this.alarmNames = b.alarmNames;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Naming naming() {
        return naming;
    }

    public OffHours schedule() {
        return schedule;
    }

    public Output<String> databaseIdentifier() {
        return databaseIdentifier;
    }

    public Output<String> databaseArn() {
        return databaseArn;
    }

    public Output<List<String>> alarmNames() {
        return alarmNames;
    }

    public static final class Builder {
        private Naming naming;
        private OffHours schedule;
        private Output<String> databaseIdentifier;
        private Output<String> databaseArn;
        private Output<List<String>> alarmNames;

        public Builder naming(Naming naming) {
            this.naming = naming;
            return this;
        }

        public Builder schedule(OffHours schedule) {
            this.schedule = schedule;
            return this;
        }

        public Builder databaseIdentifier(Output<String> databaseIdentifier) {
            this.databaseIdentifier = databaseIdentifier;
            return this;
        }

        public Builder databaseArn(Output<String> databaseArn) {
            this.databaseArn = databaseArn;
            return this;
        }

        public Builder alarmNames(Output<List<String>> alarmNames) {
            this.alarmNames = alarmNames;
            return this;
        }

        public OffHoursSchedulesArgs build() {
            return new OffHoursSchedulesArgs(this);
        }
    }
}
