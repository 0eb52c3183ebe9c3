package dev.webstack.core.settings;

import dev.webstack.core.config.ConfigSource;

/**
 * The one place stack configuration is read. Reads every section, then refuses unknown keys,
 * and throws a single {@link InvalidStackConfigException} listing every problem, before the
 * program registers any resource.
 */
public final class StackSettingsLoader {

    private StackSettingsLoader() {
    }

    public static StackSettings load(ConfigSource source, String project) {
        var reader = new SettingsReader(source);
        var identity = StackIdentity.read(reader, project);
        var settings = new StackSettings(identity, NetworkSettings.read(reader), ServiceSettings.read(reader),
                DatabaseSettings.read(reader), DocumentSettings.read(reader), SecretSettings.read(reader),
                EdgeSettings.read(reader));
        refuseUnknownKeys(reader);
        if (!reader.problems().isEmpty()) {
            throw new InvalidStackConfigException(source.origin(), reader.problems());
        }
        return settings;
    }

    private static void refuseUnknownKeys(SettingsReader reader) {
        var known = SettingsCatalog.keys();
        for (var key : reader.source().keys()) {
            if (key.startsWith(Setting.NAMESPACE + ":") && !known.contains(key)) {
                var suggestion = Suggestions.closest(key, known);
                reader.complain(key, "is not a webstack setting",
                        suggestion.map(s -> "did you mean " + s + "?")
                                .orElse("remove it; docs/configuration.md lists every setting"));
            }
        }
    }
}
