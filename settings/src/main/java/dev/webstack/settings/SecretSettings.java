package dev.webstack.settings;

import java.util.List;

/**
 * The application's own secrets (API keys): one Secrets Manager secret per name, whose value
 * is put outside the program.
 *
 * @param names              environment-variable names, e.g. OPENAI_API_KEY
 * @param recoveryWindowDays days a deleted secret can be restored; 0 deletes at once
 */
public record SecretSettings(List<String> names, int recoveryWindowDays) {

    public static final int MAX_SECRETS = 40;

    public static final Setting<List<String>> NAMES = Setting.webstack("secrets.names", ValueType.TEXT_LIST)
            .describedAs("Names of the application's secrets, as the environment variables the app reads "
                    + "(requirements R6.1: OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY...). One secret each, $0.40 a month.")
            .defaultsTo(List.of())
            .check(Check.of(names -> names.stream().allMatch(n -> n.matches("[A-Z][A-Z0-9_]{0,63}")),
                    "has a name that is not an environment variable name",
                    "use upper-case letters, digits and underscores, starting with a letter, e.g. OPENAI_API_KEY"))
            .check(Check.distinct("a name"))
            .check(Check.of(names -> names.size() <= MAX_SECRETS, "has more than " + MAX_SECRETS + " names",
                    "group related values into one JSON secret"))
            .build();

    public static final Setting<Integer> RECOVERY_WINDOW_DAYS = Setting.webstack("secrets.recoveryWindowDays", ValueType.WHOLE_NUMBER)
            .describedAs("Days a deleted secret can be restored. 0 (staging) deletes at once, so a torn-down stack can be "
                    + "re-created with the same names; 7 to 30 otherwise.")
            .defaultsTo(0, 30)
            .check(Check.of(days -> days == 0 || (days >= 7 && days <= 30), "is not 0 or 7..30",
                    "use 0 (delete at once) or 7 to 30 days, as Secrets Manager accepts"))
            .build();

    static List<Setting<?>> settings() {
        return List.of(NAMES, RECOVERY_WINDOW_DAYS);
    }

    static SecretSettings read(SettingsReader reader) {
        return new SecretSettings(reader.get(NAMES), reader.get(RECOVERY_WINDOW_DAYS));
    }
}
