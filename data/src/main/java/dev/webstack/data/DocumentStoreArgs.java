package dev.webstack.data;

import dev.webstack.core.component.ArgsCheck;
import dev.webstack.core.component.Safekeeping;
import dev.webstack.core.naming.Naming;
import dev.webstack.core.settings.DocumentSettings;

/** What a {@link DocumentStore} is built from. Every field is required. */
public final class DocumentStoreArgs {

    private final Naming naming;
    private final DocumentSettings settings;
    private final Safekeeping safekeeping;

    private DocumentStoreArgs(Builder b) {
        var check = ArgsCheck.of(DocumentStoreArgs.class);
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

    /** Version expiry, CORS origins, the static access key opt-in (webstack:documents.*). */
    public DocumentSettings settings() {
        return settings;
    }

    /** Kept or emptied on delete: decided per environment. */
    public Safekeeping safekeeping() {
        return safekeeping;
    }

    public static final class Builder {
        private Naming naming;
        private DocumentSettings settings;
        private Safekeeping safekeeping;

        public Builder naming(Naming naming) {
            this.naming = naming;
            return this;
        }

        public Builder settings(DocumentSettings settings) {
            this.settings = settings;
            return this;
        }

        public Builder safekeeping(Safekeeping safekeeping) {
            this.safekeeping = safekeeping;
            return this;
        }

        public DocumentStoreArgs build() {
            return new DocumentStoreArgs(this);
        }
    }
}
