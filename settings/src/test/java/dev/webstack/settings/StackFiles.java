package dev.webstack.settings;

import dev.webstack.settings.testing.Yaml;
import java.util.ArrayList;
import java.util.List;

/**
 * Stack files for tests: the lines under test on top of what every valid stack needs, so that a
 * test fails only for the keys it is about.
 */
final class StackFiles {

    private StackFiles() {
    }

    /** The region, an origin secret and someone subscribed to the alarms, then {@code lines}. */
    static StackSettings load(String stack, String... lines) {
        return loadWith(List.of("aws:region: ap-northeast-1", StackSettingsLoaderTest.ORIGIN_SECRET,
                StackSettingsLoaderTest.SOMEONE_SUBSCRIBED), stack, lines);
    }

    /** The region and an origin secret, then {@code lines}: for tests about who the alarms reach. */
    static StackSettings loadWithoutRecipients(String stack, String... lines) {
        return loadWith(List.of("aws:region: ap-northeast-1", StackSettingsLoaderTest.ORIGIN_SECRET), stack, lines);
    }

    private static StackSettings loadWith(List<String> base, String stack, String... lines) {
        var all = new ArrayList<>(base);
        all.addAll(List.of(lines));
        return StackSettingsLoader.load(Yaml.stackFile(stack, all.toArray(String[]::new)), "webstack");
    }
}
