package dev.webstack.compute;

import dev.webstack.settings.AppVariable;
import dev.webstack.settings.DatabaseLoginSettings.AppLogin;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which container reads which database credential, by {@code valueFrom} (ADR 0018). ECS reads
 * one key of a JSON secret with {@code <secret-arn>:<json-key>:<version-stage>:<version-id>},
 * empty stage and id meaning AWSCURRENT ("Pass Secrets Manager secrets through Amazon ECS
 * environment variables", Amazon ECS Developer Guide), resolved once, when the task starts.
 */
final class DatabaseLogins {

    /** The tag that marks an app task definition still on the master's credentials; the guardrail reads it. */
    static final String TRANSITION_TAG = "webstack:database-login";

    /** The three secrets' ARNs: RDS's master secret and webstack's two login secrets. */
    record Logins(String master, String app, String migrator) {
        List<String> all() {
            return List.of(master, app, migrator);
        }
    }

    private DatabaseLogins() {
    }

    static String key(String secretArn, String jsonKey) {
        return secretArn + ":" + jsonKey + "::";
    }

    /** The app: its own login's URL; the master's user and password only during the transition. */
    static Map<String, String> app(Logins logins, AppLogin appLogin) {
        return switch (appLogin) {
            case OWN -> Map.of(AppVariable.DATABASE_URL.name(), key(logins.app(), "url"));
            case MASTER -> Map.of(AppVariable.DB_USERNAME.name(), key(logins.master(), "username"),
                    AppVariable.DB_PASSWORD.name(), key(logins.master(), "password"));
        };
    }

    /** The migration: the migrator's URL, in both modes (the setup step runs first and creates the role). */
    static Map<String, String> migration(Logins logins) {
        return Map.of(AppVariable.DATABASE_URL.name(), key(logins.migrator(), "url"));
    }

    /** The setup step: the master (libpq's PGUSER/PGPASSWORD), the verifiers to apply, the app's current login. */
    static Map<String, String> setup(Logins logins) {
        var secrets = new LinkedHashMap<String, String>();
        secrets.put("PGUSER", key(logins.master(), "username"));
        secrets.put("PGPASSWORD", key(logins.master(), "password"));
        secrets.put("MIGRATOR_VERIFIER", key(logins.migrator(), "verifier"));
        secrets.put("APP_USERNAME", key(logins.app(), "username"));
        secrets.put("APP_VERIFIER", key(logins.app(), "verifier"));
        return Map.copyOf(secrets);
    }

    /**
     * libpq's connection variables ("Environment Variables", PostgreSQL docs, libpq chapter).
     * {@code require}: the instance forces TLS (rds.force_ssl=1); the stock image has no RDS CA
     * bundle to verify against, and the connection never leaves the VPC.
     */
    static Map<String, String> setupEnvironment(String address, int port, String database) {
        return Map.of("PGHOST", address, "PGPORT", String.valueOf(port), "PGDATABASE", database, "PGSSLMODE", "require",
                "PGAPPNAME", SetupContainer.NAME, "PGCONNECT_TIMEOUT", "15", "HOME", ContainerDefinition.SCRATCH_PATH);
    }

    static Map<String, String> appTaskTags(AppLogin appLogin) {
        return appLogin == AppLogin.MASTER ? Map.of(TRANSITION_TAG, AppLogin.MASTER.name()) : Map.of();
    }
}
