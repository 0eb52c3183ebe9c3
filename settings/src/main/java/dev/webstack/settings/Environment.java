package dev.webstack.settings;

import java.util.Arrays;
import java.util.Optional;

/** The two kinds of stack webstack knows. Defaults and safety rules differ between them. */
public enum Environment implements ValueType.Textual {
    STAGING("staging"),
    PRODUCTION("production");

    private final String id;

    Environment(String id) {
        this.id = id;
    }

    /** The lower-case name used in stack names, physical names and tags. */
    public String id() {
        return id;
    }

    @Override
    public String text() {
        return id;
    }

    public boolean isProduction() {
        return this == PRODUCTION;
    }

    public static Optional<Environment> fromId(String id) {
        return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
