package dev.webstack.core.settings;

import java.util.List;

/**
 * The image registry (ECR).
 *
 * @param untaggedImageDays days an untagged image (a layer set a tag moved away from) is kept
 * @param imagesKept        how many images are kept; older ones expire
 */
public record RegistrySettings(int untaggedImageDays, int imagesKept) {

    public static final Setting<Integer> UNTAGGED_IMAGE_DAYS = Setting.webstack("registry.untaggedImageDays", ValueType.WHOLE_NUMBER)
            .describedAs("Days an untagged image is kept before ECR expires it.")
            .defaultsTo(7)
            .check(Check.between(1, 365))
            .build();

    public static final Setting<Integer> IMAGES_KEPT = Setting.webstack("registry.imagesKept", ValueType.WHOLE_NUMBER)
            .describedAs("Most recent images ECR keeps (every release's `{sha}` image); older ones expire. Rollbacks "
                    + "can go back this far.")
            .defaultsTo(30)
            .check(Check.between(5, 1000))
            .build();

    static List<Setting<?>> settings() {
        return List.of(UNTAGGED_IMAGE_DAYS, IMAGES_KEPT);
    }

    static RegistrySettings read(SettingsReader reader) {
        return new RegistrySettings(reader.get(UNTAGGED_IMAGE_DAYS), reader.get(IMAGES_KEPT));
    }
}
