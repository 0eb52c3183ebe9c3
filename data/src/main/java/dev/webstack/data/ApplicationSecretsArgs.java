package dev.webstack.data;

import dev.webstack.core.component.ArgsCheck;
import dev.webstack.core.component.Safekeeping;
import dev.webstack.core.naming.Naming;
import dev.webstack.core.settings.SecretSettings;

/** What {@link ApplicationSecrets} are built from. Every field is required. */
public final class ApplicationSecretsArgs {

    private final Naming naming;
    private final SecretSettings settings;
    private final Safekeeping safekeeping;

    private ApplicationSecretsArgs(Builder b) {
        var check = ArgsCheck.of(ApplicationSecretsArgs.class);
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

    /** The names and the recovery window (webstack:secrets.*). */
    public SecretSettings settings() {
        return settings;
    }

    public Safekeeping safekeeping() {
        return safekeeping;
    }

    public static final class Builder {
        private Naming naming;
        private SecretSettings settings;
        private Safekeeping safekeeping;

        public Builder naming(Naming naming) {
            this.naming = naming;
            return this;
        }

        public Builder settings(SecretSettings settings) {
            this.settings = settings;
            return this;
        }

        public Builder safekeeping(Safekeeping safekeeping) {
            this.safekeeping = safekeeping;
            return this;
        }

        public ApplicationSecretsArgs build() {
            return new ApplicationSecretsArgs(this);
        }
    }
}
