package dev.webstack.settings;


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
        var network = NetworkSettings.read(reader);
        var service = ServiceSettings.read(reader);
        var database = DatabaseSettings.read(reader);
        var deploy = DeploySettings.read(reader);
        var settings = new StackSettings(identity, network, service, database, DocumentSettings.read(reader),
                SecretSettings.read(reader), EdgeSettings.read(reader), RegistrySettings.read(reader), OffHoursSettings.read(reader),
                AlarmSettings.read(reader, service, database), CostSettings.read(reader),
                deploy, AuditSettings.read(reader, identity.environment()), ReleaseSettings.read(reader, deploy),
                DatabaseLoginSettings.read(reader), IntegrationSettings.read(reader));
        refuseReservedSecretNames(reader, settings);
        DatabaseRunningHours.refuseWindowsOutside(reader, database, settings.offHours());
        IntegrationSettings.refuseClashes(reader, identity, settings.secrets(), settings.integrations());
        StackReferences.refuseSelf(reader, NetworkSettings.FROM_STACK, identity);
        StackReferences.refuseSelf(reader, RegistrySettings.FROM_STACK, identity);
        StackReferences.refuseSelf(reader, EdgeSettings.FROM_STACK, identity);
        refuseUnknownKeys(reader);
        if (!reader.problems().isEmpty()) {
            throw new InvalidStackConfigException(source.origin(), reader.problems());
        }
        return settings;
    }

    private static void refuseReservedSecretNames(SettingsReader reader, StackSettings settings) {
        if (!reader.usable(SecretSettings.NAMES)) {
            return;
        }
        var reserved = AppVariable.names();
        var clashes = settings.secrets().names().stream().filter(reserved::contains).toList();
        if (!clashes.isEmpty()) {
            reader.complain(SecretSettings.NAMES.key(), "uses " + String.join(", ", clashes) + ", which the service sets itself",
                    "rename the secret; reserved: " + String.join(", ", reserved));
        }
    }

    private static void refuseUnknownKeys(SettingsReader reader) {
        var known = SettingsCatalog.keys();
        for (var key : reader.source().keys()) {
            var namespace = key.contains(":") ? key.substring(0, key.indexOf(':')) : "";
            if (!namespace.equals(Setting.NAMESPACE) && Suggestions.distance(namespace, Setting.NAMESPACE) <= 2) {
                var intended = Setting.NAMESPACE + key.substring(namespace.length());
                reader.complain(key, "is in namespace '" + namespace + "', which nothing reads",
                        known.contains(intended) ? "did you mean " + intended + "?" : "write it as " + Setting.NAMESPACE + ":<setting>");
            } else if (namespace.equals(Setting.NAMESPACE) && !known.contains(key)) {
                var suggestion = Suggestions.closest(key, known);
                reader.complain(key, "is not a webstack setting",
                        suggestion.map(s -> "did you mean " + s + "?")
                                .orElse("remove it; docs/configuration.md lists every setting"));
            }
        }
    }
}
