package dev.webstack.settings;

import java.util.List;
import java.util.Optional;

/**
 * The image registry (ECR), or the stack whose registry this one adopts (requirements R1.4: staging
 * uses production's repository, images told apart by their {@code <environment>-latest} tag).
 *
 * @param untaggedImageDays days an untagged image (a layer set a tag moved away from) is kept
 * @param imagesKept        how many images are kept; older ones expire
 * @param fromStack         the stack whose repository is adopted; empty: this stack has its own
 */
public record RegistrySettings(int untaggedImageDays, int imagesKept, Optional<String> fromStack) {

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

    public static final Setting<String> FROM_STACK = StackReferences.fromStack("registry",
            "the image repository (requirements R1.4: staging may share production's)");

    static List<Setting<?>> settings() {
        return List.of(UNTAGGED_IMAGE_DAYS, IMAGES_KEPT, FROM_STACK);
    }

    static RegistrySettings read(SettingsReader reader) {
        StackReferences.refuseWhenAdopted(reader, FROM_STACK, List.of(UNTAGGED_IMAGE_DAYS, IMAGES_KEPT));
        return new RegistrySettings(reader.get(UNTAGGED_IMAGE_DAYS), reader.get(IMAGES_KEPT), reader.find(FROM_STACK));
    }
}
