package dev.webstack.settings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every setting webstack reads, in documentation order. The source of the unknown-key check
 * and of the reference table in docs/configuration.md.
 */
public final class SettingsCatalog {

    private SettingsCatalog() {
    }

    public static List<Setting<?>> all() {
        var all = new ArrayList<Setting<?>>();
        all.addAll(StackIdentity.settings());
        all.addAll(NetworkSettings.settings());
        all.addAll(ServiceSettings.settings());
        all.addAll(DatabaseSettings.settings());
        all.addAll(DocumentSettings.settings());
        all.addAll(SecretSettings.settings());
        all.addAll(EdgeSettings.settings());
        all.addAll(RegistrySettings.settings());
        all.addAll(OffHoursSettings.settings());
        all.addAll(AlarmSettings.settings());
        all.addAll(CostSettings.settings());
        all.addAll(DeploySettings.settings());
        all.addAll(AuditSettings.settings());
        all.addAll(ReleaseSettings.settings());
        all.addAll(DatabaseLoginSettings.settings());
        all.addAll(IntegrationSettings.settings());
        return List.copyOf(all);
    }

    public static Set<String> keys() {
        var keys = new LinkedHashSet<String>();
        all().forEach(s -> keys.add(s.key()));
        return keys;
    }

    /** The reference table docs/configuration.md embeds; a test keeps the two identical. */
    public static String markdownTable() {
        var table = new StringBuilder();
        table.append("| Key | Type | Staging default | Production default | Description |\n");
        table.append("|---|---|---|---|---|\n");
        for (var setting : all()) {
            table.append("| `").append(setting.key()).append("` | ")
                    .append(setting.type().description()).append(" | ")
                    .append(cell(setting.defaultText(Environment.STAGING))).append(" | ")
                    .append(cell(setting.defaultText(Environment.PRODUCTION))).append(" | ")
                    .append(setting.description().replace("|", "\\|")).append(" |\n");
        }
        return table.toString();
    }

    private static String cell(String text) {
        return text.equals("required") || text.contains(" ") ? text.replace("|", "\\|") : "`" + text + "`";
    }
}
