package dev.webstack.cli;

import dev.webstack.settings.InvalidStackConfigException;
import dev.webstack.settings.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The directory holding Pulumi.yaml and the stack files, and the project name it declares. */
public record ProjectDirectory(Path path, String projectName) {

    public static final String PROJECT_FILE = "Pulumi.yaml";

    /** Finds Pulumi.yaml in the given directory or the nearest one above it. */
    public static ProjectDirectory find(Path start) {
        for (var dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(PROJECT_FILE))) {
                return new ProjectDirectory(dir, projectName(dir.resolve(PROJECT_FILE)));
            }
        }
        throw new InvalidStackConfigException(PROJECT_FILE, List.of(Problem.of(PROJECT_FILE,
                "not found in " + start.toAbsolutePath() + " or any directory above it",
                "run webstack from the repository that holds Pulumi.yaml")));
    }

    private static String projectName(Path file) {
        try {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
            if (document instanceof Map<?, ?> map && map.get("name") instanceof String name && !name.isBlank()) {
                return name;
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidStackConfigException(PROJECT_FILE, List.of(Problem.of(PROJECT_FILE,
                    "cannot be read (" + e.getMessage() + ")", "fix the file; it needs at least `name:` and `runtime: java`")));
        }
        throw new InvalidStackConfigException(PROJECT_FILE, List.of(Problem.of(PROJECT_FILE,
                "has no project name", "add `name: webstack` at the top")));
    }
}
