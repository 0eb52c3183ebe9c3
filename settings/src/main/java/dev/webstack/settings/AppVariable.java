package dev.webstack.settings;

import java.util.Arrays;
import java.util.List;

/**
 * The environment variables the service itself sets on the app and migration containers,
 * as plain values or injected from the database's secret and the documents' key parameters.
 * The one list of them: the container definitions are built from it, and an application
 * secret may not take one of these names, or it would collide with the service's own.
 */
public enum AppVariable {
    APP_ENV, AWS_REGION, DB_HOST, DB_PORT, DB_NAME, DB_USERNAME, DB_PASSWORD, DOCUMENTS_BUCKET,
    DOCUMENTS_ACCESS_KEY_ID, DOCUMENTS_SECRET_ACCESS_KEY;

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
