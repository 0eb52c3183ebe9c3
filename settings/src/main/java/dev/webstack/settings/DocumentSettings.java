package dev.webstack.settings;

import java.util.List;

/**
 * The documents bucket.
 *
 * @param noncurrentVersionDays days an overwritten or deleted object's old version is kept
 * @param corsOrigins           browser origins allowed to call the bucket directly (presigned uploads)
 * @param staticAccessKey       create an IAM user and access key limited to the bucket, for SDKs that
 *                              cannot use the task role (requirements R6.2: the MinIO SDK)
 */
public record DocumentSettings(int noncurrentVersionDays, List<String> corsOrigins, boolean staticAccessKey) {

    public static final Setting<Integer> NONCURRENT_VERSION_DAYS = Setting.webstack("documents.noncurrentVersionDays", ValueType.WHOLE_NUMBER)
            .describedAs("Days an overwritten or deleted document's previous version is kept before S3 expires it.")
            .defaultsTo(30, 90)
            .check(Check.between(1, 3650))
            .build();

    public static final Setting<List<String>> CORS_ORIGINS = Setting.webstack("documents.corsOrigins", ValueType.TEXT_LIST)
            .describedAs("Browser origins allowed to send GET, PUT and HEAD to the bucket (presigned URLs). Empty: no CORS rule.")
            .defaultsTo(List.of())
            .check(Check.of(origins -> origins.stream().allMatch(o -> o.matches("https://[a-z0-9.-]+(:\\d{1,5})?|http://localhost(:\\d{1,5})?")),
                    "has an origin that is not https://host[:port] (or http://localhost)",
                    "list exact origins such as https://app.example.com; wildcards and paths are refused"))
            .check(Check.distinct("an origin"))
            .build();

    public static final Setting<Boolean> STATIC_ACCESS_KEY = Setting.webstack("documents.staticAccessKey", ValueType.TRUE_OR_FALSE)
            .describedAs("Create an IAM user limited to the bucket and keep its access key in two SSM SecureString parameters, "
                    + "for SDKs that cannot use the task role (requirements R6.2: MinIO). Off: long-lived keys leak and need rotating.")
            .defaultsTo(false)
            .build();

    static List<Setting<?>> settings() {
        return List.of(NONCURRENT_VERSION_DAYS, CORS_ORIGINS, STATIC_ACCESS_KEY);
    }

    static DocumentSettings read(SettingsReader reader) {
        return new DocumentSettings(reader.get(NONCURRENT_VERSION_DAYS), reader.get(CORS_ORIGINS), reader.get(STATIC_ACCESS_KEY));
    }
}
