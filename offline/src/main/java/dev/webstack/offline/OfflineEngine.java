package dev.webstack.offline;

import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.exceptions.RunException;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.internal.PulumiTestInternal;
import dev.webstack.offline.aws.AwsServices;
import dev.webstack.offline.catalog.AwsFacts;
import dev.webstack.plan.Plan;
import dev.webstack.settings.ConfigSource;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a Pulumi program in-process against {@link AwsMocks}, exactly as written for
 * {@code pulumi up}, and returns what it would create. Serves the unit tests and the
 * {@code webstack} command line; needs no credentials, no backend and no network.
 */
public final class OfflineEngine {

    private static final Logger QUIET = Logger.getLogger(OfflineEngine.class.getName());

    static {
        // Failures are reported once, by this class, from the run's exceptions.
        QUIET.setLevel(Level.OFF);
    }

    private OfflineEngine() {
    }

    /**
     * Runs the program. One run at a time: the SDK keeps its deployment in a global.
     *
     * @throws OfflineRunException when the program or the engine reports an error
     * @throws RunException        as thrown by the program (e.g. invalid configuration)
     */
    public static Plan run(StackTarget target, Consumer<Context> program) {
        return run(target, Map.of(), program);
    }

    /**
     * Runs the program with the outputs each stack reference it makes resolves to.
     *
     * @param referencedStacks outputs by stack name, for the program's {@code StackReference}s
     */
    public static synchronized Plan run(StackTarget target, Map<String, Map<String, Object>> referencedStacks, Consumer<Context> program) {
        var facts = AwsFacts.offline(target.region()).withZonesNotAvailable(target.zonesNotAvailable());
        var mocks = new AwsMocks(target.stack(), facts, AwsServices.catalog(), referencedStacks);
        var recorder = new Recorder();
        try {
            var result = PulumiTestInternal.builder()
                    .options(TestOptions.builder()
                            .organizationName("offline")
                            .projectName(target.project())
                            .stackName(target.stack())
                            .preview(false)
                            .build())
                    .mocks(mocks)
                    .monitorDecorator(monitor -> new RecordingMonitor(mocks, recorder))
                    .standardLogger(QUIET)
                    .build()
                    .runTest(program::accept);
            failOnErrors(target, result.exceptions(), result.errors());
            return new Plan(target.project(), target.stack(), target.environment(), target.region(), facts.account(),
                    recorder.resources(), resolve(result.outputs()), List.of());
        } finally {
            PulumiTest.cleanup();
        }
    }

    private static void failOnErrors(StackTarget target, List<Exception> exceptions, List<String> errors) {
        if (exceptions.isEmpty() && errors.isEmpty()) {
            return;
        }
        for (var exception : exceptions) {
            var root = rootCause(exception);
            if (root instanceof RunException runException) {
                throw runException;
            }
        }
        var messages = new LinkedHashSet<String>();
        exceptions.forEach(e -> messages.add(rootCause(e).toString()));
        if (messages.isEmpty()) {
            messages.addAll(errors);
        }
        throw new OfflineRunException(target.stack(), List.copyOf(messages), exceptions.isEmpty() ? null : exceptions.get(0));
    }

    private static Throwable rootCause(Throwable throwable) {
        var current = throwable;
        while (current.getCause() != null && current.getCause() != current
                && (current instanceof CompletionException || current.getClass() == RuntimeException.class)) {
            current = current.getCause();
        }
        return current;
    }

    private static Map<String, Object> resolve(Map<String, Output<?>> outputs) {
        var resolved = new TreeMap<String, Object>();
        outputs.forEach((name, output) -> {
            var data = PulumiTestInternal.extractOutputData(output);
            resolved.put(name, data.isSecret() ? ConfigSource.SECRET_PLACEHOLDER : plain(data.getValueNullable()));
        });
        return resolved;
    }

    /** Normalises exported values to what a JSON round trip yields: longs, lists, sorted maps. */
    static Object plain(Object value) {
        if (value instanceof Number number && !(value instanceof Double || value instanceof Float)) {
            return number.longValue();
        }
        if (value instanceof Double || value instanceof Float) {
            return ProtoValues.number(((Number) value).doubleValue());
        }
        if (value instanceof List<?> list) {
            return list.stream().map(OfflineEngine::plain).toList();
        }
        if (value instanceof Map<?, ?> map) {
            var copy = new LinkedHashMap<String, Object>();
            new TreeMap<>(map).forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
            return copy;
        }
        if (value instanceof Enum<?> e) {
            return e.toString();
        }
        return value;
    }
}
