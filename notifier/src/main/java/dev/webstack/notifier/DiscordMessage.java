package dev.webstack.notifier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An {@link Alert} as a Discord webhook message: one embed, within Discord's limits. */
final class DiscordMessage {

    /** Discord refuses embeds beyond these lengths. */
    static final int TITLE_LIMIT = 256;
    static final int DESCRIPTION_LIMIT = 4096;
    static final int FIELD_LIMIT = 1024;

    private DiscordMessage() {
    }

    static String json(Alert alert) {
        var embed = new LinkedHashMap<String, Object>();
        embed.put("title", cut(alert.title(), TITLE_LIMIT));
        embed.put("description", cut(alert.detail(), DESCRIPTION_LIMIT));
        if (!alert.link().isEmpty()) {
            embed.put("url", alert.link());
        }
        embed.put("color", alert.severity().colour);
        embed.put("fields", alert.fields().stream()
                .filter(f -> !f.value().isBlank())
                .map(f -> Map.of("name", cut(f.name(), TITLE_LIMIT), "value", cut(f.value(), FIELD_LIMIT), "inline", true))
                .toList());
        var message = new LinkedHashMap<String, Object>();
        message.put("username", "webstack alarms");
        message.put("embeds", List.of(embed));
        // Mentions in alarm text must not ping anyone.
        message.put("allowed_mentions", Map.of("parse", List.of()));
        return JsonText.write(message);
    }

    static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}
