package dev.webstack.settings;

/**
 * One thing wrong with a stack's configuration: the full key it concerns, what is wrong
 * with the value, and how to fix it. Rendered as {@code key: what; fix}.
 */
public record Problem(String key, String what, String fix) {

    public static Problem of(String key, String what, String fix) {
        return new Problem(key, what, fix);
    }

    @Override
    public String toString() {
        return key + ": " + what + "; " + fix;
    }
}
