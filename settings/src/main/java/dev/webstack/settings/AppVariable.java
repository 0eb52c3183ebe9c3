package dev.webstack.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The environment variables the service itself sets on the app and migration containers,
 * as plain values or injected from the database's login secrets and the documents' key parameters.
 * {@code DB_USERNAME} and {@code DB_PASSWORD} (the master's) are set only while
 * {@code database.appLogin} is {@code MASTER}, the transition of ADR 0018.
 * The one list of them: the container definitions are built from it, and an application
 * secret may not take one of these names, or it would collide with the service's own.
 */
public enum AppVariable {
    APP_ENV, AWS_REGION, DB_HOST, DB_PORT, DB_NAME, DB_USERNAME, DB_PASSWORD, DOCUMENTS_BUCKET,
    DOCUMENTS_ACCESS_KEY_ID, DOCUMENTS_SECRET_ACCESS_KEY,
    /** The role's connection string, from its login secret's {@code url} key (ADR 0018). */
    DATABASE_URL,
    /** The writable scratch path: npm, Prisma and Python tools write under HOME or its caches. */
    HOME, XDG_CACHE_HOME,
    /** npm's cache (npm reads any {@code npm_config_*} variable as configuration; lower case is its documented form). */
    npm_config_cache;

    /** Set only while the app is still on the master's credentials ({@code database.appLogin: MASTER}). */
    public static final Set<AppVariable> MASTER_LOGIN_ONLY = Set.of(DB_USERNAME, DB_PASSWORD);

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
