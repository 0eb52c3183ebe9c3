package dev.webstack.settings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One configuration key webstack reads: its full name, type, per-environment default,
 * single-value checks and the sentence that documents it. Every setting is declared as a
 * constant next to the section record that uses it, which makes that declaration the one
 * place its default lives; docs/configuration.md is generated from these declarations.
 *
 * @param <T> the Java type of the value
 */
public final class Setting<T> {

    private final String key;
    private final ValueType<T> type;
    private final Map<Environment, T> defaults;
    private final String derivedDefault;
    private final String description;
    private final List<Check<T>> checks;

    private Setting(Builder<T> builder) {
        this.key = builder.key;
        this.type = builder.type;
        this.defaults = Map.copyOf(builder.defaults);
        this.derivedDefault = builder.derivedDefault;
        this.description = builder.description;
        this.checks = List.copyOf(builder.checks);
        if (description == null || description.isBlank()) {
            throw new IllegalStateException(key + " needs a description: it is what docs/configuration.md shows");
        }
        if (!defaults.isEmpty() && defaults.size() != Environment.values().length) {
            throw new IllegalStateException(key + " has a default for some environments only");
        }
    }

    /** A key in the project's own namespace, e.g. {@code webstack:service.cpu}. */
    public static <T> Builder<T> webstack(String name, ValueType<T> type) {
        return new Builder<>(NAMESPACE + ":" + name, type);
    }

    /** A key another namespace owns that webstack also reads, e.g. {@code aws:region}. */
    public static <T> Builder<T> foreign(String fullKey, ValueType<T> type) {
        return new Builder<>(fullKey, type);
    }

    public static final String NAMESPACE = "webstack";

    public String key() {
        return key;
    }

    public ValueType<T> type() {
        return type;
    }

    public String description() {
        return description;
    }

    public boolean isSecret() {
        return type == (Object) ValueType.SECRET;
    }

    /** Empty when the key is required or when its default is derived from other values. */
    public Optional<T> defaultFor(Environment environment) {
        return Optional.ofNullable(defaults.get(environment));
    }

    /** What docs/configuration.md shows as this key's default in the given environment. */
    public String defaultText(Environment environment) {
        if (derivedDefault != null) {
            return derivedDefault;
        }
        return defaultFor(environment).map(type::display).orElse("required");
    }

    List<Check<T>> checks() {
        return checks;
    }

    @Override
    public String toString() {
        return key;
    }

    public static final class Builder<T> {
        private final String key;
        private final ValueType<T> type;
        private final Map<Environment, T> defaults = new EnumMap<>(Environment.class);
        private final List<Check<T>> checks = new ArrayList<>();
        private String derivedDefault;
        private String description;

        private Builder(String key, ValueType<T> type) {
            this.key = key;
            this.type = type;
        }

        public Builder<T> describedAs(String description) {
            this.description = description;
            return this;
        }

        /** The same default in every environment. */
        public Builder<T> defaultsTo(T value) {
            return defaultsTo(value, value);
        }

        public Builder<T> defaultsTo(T staging, T production) {
            defaults.put(Environment.STAGING, staging);
            defaults.put(Environment.PRODUCTION, production);
            return this;
        }

        /** The default is computed from other settings; the text explains how, for the docs. */
        public Builder<T> derivedDefault(String explanation) {
            this.derivedDefault = explanation;
            return this;
        }

        public Builder<T> check(Check<T> check) {
            checks.add(check);
            return this;
        }

        public Setting<T> build() {
            return new Setting<>(this);
        }
    }
}
