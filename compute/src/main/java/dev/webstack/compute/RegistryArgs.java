package dev.webstack.compute;

import dev.webstack.core.component.ArgsCheck;
import dev.webstack.core.component.Safekeeping;
import dev.webstack.core.naming.Naming;
import dev.webstack.core.settings.RegistrySettings;

/** What a {@link Registry} is built from. Every field is required. */
public final class RegistryArgs {

    private final Naming naming;
    private final RegistrySettings settings;
    private final Safekeeping safekeeping;

    private RegistryArgs(Builder b) {
        var check = ArgsCheck.of(RegistryArgs.class);
        check.required("naming", b.naming);
        check.required("settings", b.settings);
        check.required("safekeeping", b.safekeeping);
        check.orThrow();
        this.naming = b.naming;
        this.settings = b.settings;
        this.safekeeping = b.safekeeping;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Naming naming() {
        return naming;
    }

    /** Image expiry (webstack:registry.*). */
    public RegistrySettings settings() {
        return settings;
    }

    /** Protected in production, emptied on delete in staging. */
    public Safekeeping safekeeping() {
        return safekeeping;
    }

    public static final class Builder {
        private Naming naming;
        private RegistrySettings settings;
        private Safekeeping safekeeping;

        public Builder naming(Naming naming) {
            this.naming = naming;
            return this;
        }

        public Builder settings(RegistrySettings settings) {
            this.settings = settings;
            return this;
        }

        public Builder safekeeping(Safekeeping safekeeping) {
            this.safekeeping = safekeeping;
            return this;
        }

        public RegistryArgs build() {
            return new RegistryArgs(this);
        }
    }
}
