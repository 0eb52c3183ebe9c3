package dev.webstack.settings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads typed settings from a {@link ConfigSource}, collecting every problem instead of
 * stopping at the first, so that one run tells a user everything to fix. A setting that is
 * missing or invalid reads as its default (or null when it has none) so reading can go on;
 * nobody gets to use those values, because {@link StackSettingsLoader} refuses to return
 * settings while any problem is recorded.
 */
public final class SettingsReader {

    private final ConfigSource source;
    /** In the order found; a setting read twice (by two sections that both need it) reports its problem once. */
    private final java.util.LinkedHashSet<Problem> problems = new java.util.LinkedHashSet<>();
    private final Set<String> unusable = new HashSet<>();
    private Environment environment = Environment.STAGING;

    SettingsReader(ConfigSource source) {
        this.source = source;
    }

    void environment(Environment environment) {
        this.environment = environment;
    }

    public Environment environment() {
        return environment;
    }

    public ConfigSource source() {
        return source;
    }

    /** The configured value, or the environment's default; null only for a missing required key. */
    public <T> T get(Setting<T> setting) {
        return find(setting).orElseGet(() -> {
            var fallback = setting.defaultFor(environment);
            if (fallback.isEmpty() && !source.keys().contains(setting.key()) && !hasDerivedDefault(setting)) {
                unusable.add(setting.key());
                problems.add(Problem.of(setting.key(), "is missing",
                        "set it, e.g. pulumi config set " + setting.key() + " <value> (see docs/configuration.md)"));
            }
            return fallback.orElse(null);
        });
    }

    /** The configured value if it is present and valid; no default. */
    public <T> Optional<T> find(Setting<T> setting) {
        var raw = source.get(setting.key());
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        var key = setting.key();
        if (setting.isSecret() != source.isSecret(key)) {
            unusable.add(key);
            problems.add(setting.isSecret()
                    ? Problem.of(key, "is stored in clear text but must be a secret",
                            "remove it from the stack file and run pulumi config set --secret " + key + " <value>")
                    : Problem.of(key, "is stored as a secret but is not secret",
                            "run pulumi config set " + key + " <value> to store it in clear"));
            return Optional.empty();
        }
        var parsed = setting.type().parse(raw.get());
        if (parsed.isEmpty()) {
            var complaint = setting.type().complaintAbout(raw.get());
            unusable.add(key);
            problems.add(Problem.of(key, shown(setting, raw.get()) + " " + complaint.what(), complaint.fix()));
            return Optional.empty();
        }
        for (var check : setting.checks()) {
            var complaint = check.check(parsed.get());
            if (complaint.isPresent()) {
                unusable.add(key);
                problems.add(Problem.of(key, setting.type().display(parsed.get()) + " " + complaint.get().what(),
                        complaint.get().fix()));
                return Optional.empty();
            }
        }
        return parsed;
    }

    /** True when none of the settings is missing or invalid: the precondition for cross-checks. */
    public boolean usable(Setting<?>... settings) {
        for (var setting : settings) {
            if (unusable.contains(setting.key())) {
                return false;
            }
        }
        return true;
    }

    /** Records a problem found by a check that relates several settings. */
    public <T> void complain(Setting<T> setting, T value, String what, String fix) {
        unusable.add(setting.key());
        problems.add(Problem.of(setting.key(), setting.type().display(value) + " " + what, fix));
    }

    public void complain(String key, String what, String fix) {
        unusable.add(key);
        problems.add(Problem.of(key, what, fix));
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    private static boolean hasDerivedDefault(Setting<?> setting) {
        return !setting.defaultText(Environment.STAGING).equals("required");
    }

    private static <T> String shown(Setting<T> setting, String raw) {
        return setting.isSecret() ? "[secret]" : ValueType.quoted(raw);
    }
}
