package dev.webstack.settings;

import java.util.List;

/**
 * Which database role the application connects as (ADR 0018).
 *
 * @param appLogin {@code OWN}: the app's own DML-only role, through a {@code DATABASE_URL} from the
 *                 app's login secret; {@code MASTER}: the master user's {@code DB_USERNAME} and
 *                 {@code DB_PASSWORD}, kept only for the one deploy that upgrades a running stack,
 *                 because the app's role exists only once a migration task has run the setup step
 */
public record DatabaseLoginSettings(AppLogin appLogin) {

    /** The two ways the app can log in; the second is a transition, not a choice. */
    public enum AppLogin {
        OWN, MASTER
    }

    public static final Setting<AppLogin> APP_LOGIN = Setting.webstack("database.appLogin", ValueType.oneOf(AppLogin.class))
            .describedAs("The role the app connects as. `OWN`: its own role with table rights only, `DATABASE_URL` from the "
                    + "`<app>-<stack>/database/app` secret. `MASTER`: the pre-ADR-0018 contract (`DB_USERNAME`/`DB_PASSWORD` of "
                    + "the RDS-managed master secret), only for the first deploy of a running stack, until a release has created "
                    + "the roles (docs/runbook.md#upgrading-a-running-stack-to-its-own-database-role).")
            .defaultsTo(AppLogin.OWN)
            .build();

    static List<Setting<?>> settings() {
        return List.of(APP_LOGIN);
    }

    static DatabaseLoginSettings read(SettingsReader reader) {
        return new DatabaseLoginSettings(reader.get(APP_LOGIN));
    }
}
