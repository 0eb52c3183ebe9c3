package dev.webstack.settings;

import com.pulumi.core.Output;

/**
 * A configuration value stored encrypted. Its text only ever leaves this object as a
 * Pulumi secret output, so it cannot end up in a log line, a plan or a plain input by
 * accident; {@link #toString()} is masked.
 */
public final class SecretValue {

    private final String text;

    SecretValue(String text) {
        this.text = text;
    }

    /** True offline, where stack files hold ciphertext only and the reader substitutes a placeholder. */
    boolean isPlaceholder() {
        return text.equals(dev.webstack.settings.ConfigSource.SECRET_PLACEHOLDER);
    }

    int length() {
        return text.length();
    }

    /** Whether any of these characters is in the value, for checks that must not print it. */
    boolean containsAnyOf(String characters) {
        return text.chars().anyMatch(c -> characters.indexOf(c) >= 0);
    }

    /** The value as a secret output, for resource inputs. */
    public Output<String> output() {
        return Output.ofSecret(text);
    }

    @Override
    public String toString() {
        return "[secret]";
    }
}
