package dev.webstack.settings;

import com.google.gson.Gson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.DuplicateKeyException;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads {@code Pulumi.<stack>.yaml} the way the Pulumi CLI turns it into program config:
 * scalars become text, lists and maps become JSON, and {@code secure:} values stay
 * encrypted, here replaced by {@link ConfigSource#SECRET_PLACEHOLDER} because nothing
 * offline can (or should) decrypt them.
 */
public final class StackFileConfigSource implements ConfigSource {

    private static final Gson GSON = new Gson();

    private final String origin;
    private final String stackName;
    private final Map<String, String> values;
    private final Set<String> secretKeys;

    private StackFileConfigSource(String origin, String stackName, Map<String, String> values, Set<String> secretKeys) {
        this.origin = origin;
        this.stackName = stackName;
        this.values = values;
        this.secretKeys = secretKeys;
    }

    /** Reads {@code Pulumi.<stack>.yaml} from the project directory (where Pulumi.yaml is). */
    public static StackFileConfigSource load(Path projectDir, String stackName) {
        var fileName = fileName(stackName);
        var file = projectDir.resolve(fileName);
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidStackConfigException(fileName, List.of(Problem.of(fileName,
                    "no such stack file in " + projectDir.toAbsolutePath().normalize(),
                    availableStacksHint(projectDir))));
        } catch (IOException e) {
            throw new InvalidStackConfigException(fileName, List.of(Problem.of(fileName,
                    "cannot be read (" + e.getMessage() + ")", "check the file's permissions")));
        }
        return parse(fileName, stackName, text);
    }

    /** Parses stack-file text; {@code origin} names it in messages. */
    public static StackFileConfigSource parse(String origin, String stackName, String yamlText) {
        Object document;
        try {
            var options = new LoaderOptions();
            // The Pulumi CLI refuses a key set twice; silently keeping the last would hide a mistake.
            options.setAllowDuplicateKeys(false);
            document = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                    options, new Yaml12Resolver()).load(yamlText);
        } catch (DuplicateKeyException e) {
            var mark = e.getProblemMark();
            var key = e.getProblem().replaceFirst("^found duplicate key ", "");
            throw new InvalidStackConfigException(origin, List.of(Problem.of(origin,
                    "sets " + key + " twice (again at line " + (mark.getLine() + 1) + ")", "keep one of the two lines")));
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            throw new InvalidStackConfigException(origin, List.of(Problem.of(origin,
                    "is not valid YAML at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1)
                            + " (" + e.getProblem() + ")",
                    "fix the YAML syntax there; every setting is a `key: value` line under `config:`")));
        } catch (YAMLException e) {
            throw new InvalidStackConfigException(origin, List.of(Problem.of(origin,
                    "is not valid YAML (" + e.getMessage() + ")", "fix the YAML syntax")));
        }
        var problems = new ArrayList<Problem>();
        var values = new LinkedHashMap<String, String>();
        var secrets = new TreeSet<String>();
        if (document == null) {
            return new StackFileConfigSource(origin, stackName, Map.of(), Set.of());
        }
        if (!(document instanceof Map<?, ?> root)) {
            throw new InvalidStackConfigException(origin, List.of(Problem.of(origin,
                    "is not a YAML mapping", "start the file with `config:` and indent each setting under it")));
        }
        var config = root.get("config");
        if (config != null && !(config instanceof Map)) {
            throw new InvalidStackConfigException(origin, List.of(Problem.of(origin + " config",
                    "is not a mapping", "indent each setting under `config:` as `namespace:key: value`")));
        }
        if (config instanceof Map<?, ?> entries) {
            for (var entry : entries.entrySet()) {
                var key = String.valueOf(entry.getKey());
                var value = entry.getValue();
                if (!key.contains(":")) {
                    problems.add(Problem.of(key, "has no namespace",
                            "write it as webstack:" + key + " (or aws:" + key + " for provider settings)"));
                    continue;
                }
                if (isSecure(value)) {
                    secrets.add(key);
                    values.put(key, SECRET_PLACEHOLDER);
                } else if (value == null) {
                    problems.add(Problem.of(key, "has no value", "give it a value or delete the line"));
                } else {
                    values.put(key, asPulumiText(value));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidStackConfigException(origin, problems);
        }
        return new StackFileConfigSource(origin, stackName,
                Collections.unmodifiableMap(values), Collections.unmodifiableSet(secrets));
    }

    public static String fileName(String stackName) {
        return "Pulumi." + stackName + ".yaml";
    }

    /** Stacks that have a file in the project directory, for messages and the command line. */
    public static List<String> availableStacks(Path projectDir) {
        try (Stream<Path> files = Files.list(projectDir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("Pulumi.") && n.endsWith(".yaml") && !n.equals("Pulumi.yaml"))
                    .map(n -> n.substring("Pulumi.".length(), n.length() - ".yaml".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String availableStacksHint(Path projectDir) {
        var stacks = availableStacks(projectDir);
        return stacks.isEmpty()
                ? "run from the directory that holds Pulumi.yaml and the stack files"
                : "use one of the stacks that have a file: " + String.join(", ", stacks);
    }

    private static boolean isSecure(Object value) {
        return value instanceof Map<?, ?> m && m.size() == 1 && m.containsKey("secure");
    }

    private static String asPulumiText(Object value) {
        if (value instanceof Map || value instanceof List) {
            return GSON.toJson(value);
        }
        return String.valueOf(value);
    }

    @Override
    public boolean deploys() {
        return false;
    }

    @Override
    public String origin() {
        return origin;
    }

    @Override
    public String stackName() {
        return stackName;
    }

    @Override
    public Set<String> keys() {
        return values.keySet();
    }

    @Override
    public Optional<String> get(String fullKey) {
        return Optional.ofNullable(values.get(fullKey));
    }

    @Override
    public boolean isSecret(String fullKey) {
        return secretKeys.contains(fullKey);
    }
}
