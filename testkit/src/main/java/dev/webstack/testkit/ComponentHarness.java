package dev.webstack.testkit;

import com.pulumi.Context;
import com.pulumi.resources.ComponentResourceOptions;
import dev.webstack.kit.StackProvider;
import dev.webstack.kit.naming.Naming;
import dev.webstack.offline.OfflineEngine;
import dev.webstack.offline.StackTarget;
import dev.webstack.plan.Plan;
import dev.webstack.settings.Environment;
import dev.webstack.settings.StackFileConfigSource;
import dev.webstack.settings.StackIdentity;
import dev.webstack.settings.StackSettings;
import dev.webstack.settings.StackSettingsLoader;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Runs components under the offline engine the way the program does: behind the stack's
 * provider (region, standard default tags), for a stack named after the environment.
 */
public final class ComponentHarness {

    public static final String REGION = "ap-northeast-1";

    private ComponentHarness() {
    }

    public static StackIdentity identity(Environment environment) {
        return new StackIdentity("webstack", environment.id(), "webstack", environment, REGION, Map.of());
    }

    /**
     * The settings a stack of this environment gets from the real loader: its defaults, with the
     * given {@code key: value} lines of a stack file on top (e.g. "webstack:documents.staticAccessKey: true").
     */
    public static StackSettings settings(Environment environment, String... configLines) {
        var text = new StringBuilder("config:\n  aws:region: " + REGION + "\n");
        if (Arrays.stream(configLines).noneMatch(line -> line.startsWith("webstack:edge.originSecret"))) {
            text.append("  webstack:edge.originSecret: {secure: offline-ciphertext}\n");
        }
        // Production refuses a stack whose alarms reach nobody by email; a named opt-out adds no resource to the plan.
        if (environment.isProduction() && Arrays.stream(configLines)
                .noneMatch(line -> line.startsWith("webstack:alarms.emails") || line.startsWith("webstack:alarms.noEmailReason"))) {
            text.append("  webstack:alarms.noEmailReason: component tests run offline and alert no one\n");
        }
        for (var line : configLines) {
            text.append("  ").append(line).append('\n');
        }
        var stack = environment.id();
        return StackSettingsLoader.load(StackFileConfigSource.parse("Pulumi." + stack + ".yaml", stack, text.toString()), "webstack");
    }

    public static Naming naming(Environment environment) {
        return Naming.of(identity(environment));
    }

    /** Runs the body with component options that carry the stack's provider. */
    public static Plan run(Environment environment, BiConsumer<Context, ComponentResourceOptions> body) {
        return runDuringZoneEvent(environment, List.of(), body);
    }

    /** Runs the body while AWS lists these zones in another state than {@code available}. */
    public static Plan runDuringZoneEvent(Environment environment, List<String> zonesNotAvailable,
                                          BiConsumer<Context, ComponentResourceOptions> body) {
        var identity = identity(environment);
        var target = new StackTarget(identity.project(), identity.stack(), environment.id(), REGION, zonesNotAvailable);
        return OfflineEngine.run(target, context -> body.accept(context, StackProvider.create(identity)));
    }
}
