package dev.webstack.settings;

import java.util.Optional;
import java.util.Set;

/**
 * Where a stack's configuration comes from. Exactly two implementations exist:
 * {@link PulumiConfigSource} when the program runs under the Pulumi engine, and
 * {@link StackFileConfigSource}, which reads {@code Pulumi.<stack>.yaml} for the offline
 * plan and the tests. Both hand values over the way Pulumi hands them to a program:
 * scalars as text, lists and maps as JSON text. Parsing and validation happen once, in
 * {@link dev.webstack.settings.StackSettingsLoader}, whatever the source.
 */
public interface ConfigSource {

    /** Names the source in messages, e.g. {@code Pulumi.staging.yaml}. */
    String origin();

    /** The Pulumi stack this configuration belongs to. */
    String stackName();

    /** Every key present, fully qualified ({@code webstack:service.cpu}, {@code aws:region}). */
    Set<String> keys();

    /**
     * The value of a key as Pulumi delivers it to a program. For a secret read offline this
     * is {@link #SECRET_PLACEHOLDER}: the offline reader never has the cleartext.
     */
    Optional<String> get(String fullKey);

    /** Whether the key is stored encrypted ({@code pulumi config set --secret}). */
    boolean isSecret(String fullKey);

    /**
     * Whether the program runs to change a real stack ({@code pulumi preview} or {@code up}), not
     * to plan offline. A committed stack file may hold placeholders a reviewer can plan with but
     * nobody can deploy (an example.com recipient, like the origin secret's undecryptable value).
     */
    boolean deploys();

    /** What a secret reads as offline, and what plans show instead of any secret value. */
    String SECRET_PLACEHOLDER = "[secret]";
}
