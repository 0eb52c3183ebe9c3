package dev.webstack.program;

import com.pulumi.Pulumi;
import dev.webstack.core.config.PulumiConfigSource;
import dev.webstack.core.settings.StackSettingsLoader;

/**
 * The entry point {@code pulumi up} runs (through {@code mvn compile exec:java}). Reads and
 * validates the stack's configuration before anything is registered, then defines the stack.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Pulumi.run(context -> {
            var settings = StackSettingsLoader.load(new PulumiConfigSource(context), context.projectName());
            WebstackProgram.define(context, settings);
        });
    }
}
