package dev.webstack.settings.testing;

import dev.webstack.settings.StackFileConfigSource;

/** Stack files written inline in tests. */
public final class Yaml {

    private Yaml() {
    }

    /** A stack file whose {@code config:} holds the given lines. */
    public static StackFileConfigSource stackFile(String stack, String... configLines) {
        var text = new StringBuilder("config:\n");
        for (var line : configLines) {
            text.append("  ").append(line).append('\n');
        }
        return StackFileConfigSource.parse("Pulumi." + stack + ".yaml", stack, text.toString());
    }
}
