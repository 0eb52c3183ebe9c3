package dev.webstack.program;

import com.pulumi.Pulumi;
import com.pulumi.exceptions.RunException;
import dev.webstack.settings.PulumiConfigSource;
import dev.webstack.settings.StackSettingsLoader;
import java.nio.file.Files;
import java.nio.file.Path;

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
            if (settings.alarms().discord() && !Files.isDirectory(Path.of(WebstackProgram.FORWARDER_CODE, "lib"))) {
                throw new RunException("the alarm forwarder is not built (" + WebstackProgram.FORWARDER_CODE + " is missing): "
                        + "run pulumi from the repository root, where it runs mvn compile first");
            }
            WebstackProgram.define(context, settings);
        });
    }
}
