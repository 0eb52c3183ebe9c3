package dev.webstack.cli;

import dev.webstack.plan.Plan;
import dev.webstack.plan.PlanJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plan of a repository stack file with some settings changed, as a pull request would change
 * them: the file copied to a scratch project with each key's line replaced (or added), then
 * planned by the real program. Plans are kept per stack and settings: several tests share them.
 */
final class StackVariants {

    /** A custom domain and a deploy repository: the settings that add types the committed files do not plan. */
    static final Map<String, String> DOMAIN_AND_DEPLOY = Map.of("edge.domain", "shop.example.com", "edge.hostedZone", "example.com",
            "deploy.githubRepository", "acme/shop");

    private static final Map<String, Plan> PLANS = new ConcurrentHashMap<>();

    private StackVariants() {
    }

    static Plan plan(String stack, Map<String, String> settings) {
        return PLANS.computeIfAbsent(stack + new TreeMap<>(settings), k -> planned(stack, settings));
    }

    static String json(String stack, Map<String, String> settings) {
        return PlanJson.write(plan(stack, settings));
    }

    private static Plan planned(String stack, Map<String, String> settings) {
        try {
            var repository = ProjectDirectory.find(Path.of("")).path();
            var dir = Files.createTempDirectory("webstack-variant-");
            Files.copy(repository.resolve("Pulumi.yaml"), dir.resolve("Pulumi.yaml"));
            var text = Files.readString(repository.resolve("Pulumi." + stack + ".yaml"));
            for (var setting : new TreeMap<>(settings).entrySet()) {
                text = with(text, setting.getKey(), setting.getValue());
            }
            Files.writeString(dir.resolve("Pulumi." + stack + ".yaml"), text);
            return OfflinePlanner.plan(ProjectDirectory.find(dir), stack);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stack file with one key set: its line (and a secure block under it) replaced, or a line added under config. */
    static String with(String stackFile, String key, String value) {
        var line = Pattern.compile("(?m)^  webstack:" + Pattern.quote(key) + ":.*(\\n    secure:.*)?$");
        var replacement = Matcher.quoteReplacement("  webstack:" + key + ": " + value);
        var matcher = line.matcher(stackFile);
        return matcher.find() ? matcher.replaceFirst(replacement) : stackFile.replaceFirst("(?m)^config:\\n", "config:\n" + replacement + "\n");
    }
}
