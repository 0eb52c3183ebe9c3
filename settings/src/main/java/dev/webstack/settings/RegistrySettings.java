package dev.webstack.settings;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The image registry (ECR), or the stack whose registry this one adopts (requirements R1.4: staging
 * uses production's registry). A stack that owns its registry holds one repository per stack it
 * serves, its own and one for each stack in {@code sharedWith}, so that no stack's release can move
 * another stack's tag (ECR authorizes by repository, never by tag: docs/adr/0025-per-stack-repositories.md).
 *
 * @param untaggedImageDays days an untagged image (a layer set a tag moved away from) is kept
 * @param imagesKept        how many images are kept; older ones expire
 * @param fromStack         the stack whose registry holds this stack's repository; empty: this stack has its own
 * @param sharedWith        the stacks (by name) this stack holds a repository for, besides its own
 * @param stack             this stack's name: the key of its own repository among those it holds
 * @param runningTag        the tag this stack's service runs ({@code webstack:service.imageTag}); the lifecycle never expires it
 */
public record RegistrySettings(int untaggedImageDays, int imagesKept, Optional<String> fromStack, List<String> sharedWith,
                               String stack, String runningTag) {

    /** The tags the release moves; every repository's lifecycle keeps the images they name (ADR 0025). */
    public static final String MOVING_TAGS = "*-latest";
    /** One component of an ECR repository name (Amazon ECR API Reference, CreateRepository, repositoryName pattern). */
    static final String REPOSITORY_NAME_COMPONENT = "[a-z0-9]+(?:[._-][a-z0-9]+)*";

    public RegistrySettings {
        sharedWith = List.copyOf(sharedWith);
    }

    public static final Setting<Integer> UNTAGGED_IMAGE_DAYS = Setting.webstack("registry.untaggedImageDays", ValueType.WHOLE_NUMBER)
            .describedAs("Days an untagged image is kept before ECR expires it.")
            .defaultsTo(7)
            .check(Check.between(1, 365))
            .build();

    public static final Setting<Integer> IMAGES_KEPT = Setting.webstack("registry.imagesKept", ValueType.WHOLE_NUMBER)
            .describedAs("Most recent images ECR keeps (every release's `{sha}` image); older ones expire. Rollbacks "
                    + "can go back this far. Images a `*-latest` tag (or the stack's own `service.imageTag`) names never expire.")
            .defaultsTo(30)
            .check(Check.between(5, 1000))
            .build();

    public static final Setting<String> FROM_STACK = StackReferences.fromStack("registry",
            "the image registry (requirements R1.4: staging may use production's; the owner lists this stack in its "
                    + "`registry.sharedWith` and holds its repository)");

    public static final Setting<List<String>> SHARED_WITH = Setting.webstack("registry.sharedWith", ValueType.TEXT_LIST)
            .describedAs("Stacks (by stack name, e.g. `staging`) whose repository this stack holds: one repository each, "
                    + "`<app>-<stack>/<other stack>`, with this stack's lifecycle; only that stack's release role pushes to it, "
                    + "and this stack's release role may pull from it to promote an image (docs/adr/0025-per-stack-repositories.md).")
            .defaultsTo(List.of())
            .check(Check.of(names -> names.stream().allMatch(name -> name.length() <= 100
                            && Pattern.matches(REPOSITORY_NAME_COMPONENT, name)),
                    "names a stack that cannot be part of a repository name",
                    "list stack names of lower-case letters and digits, separated by single '-', '_' or '.', e.g. [staging]"))
            .check(Check.distinct("a stack"))
            .build();

    static List<Setting<?>> settings() {
        return List.of(UNTAGGED_IMAGE_DAYS, IMAGES_KEPT, FROM_STACK, SHARED_WITH);
    }

    static RegistrySettings read(SettingsReader reader) {
        StackReferences.refuseWhenAdopted(reader, FROM_STACK, List.of(UNTAGGED_IMAGE_DAYS, IMAGES_KEPT, SHARED_WITH));
        var stack = reader.source().stackName();
        var sharedWith = reader.get(SHARED_WITH);
        if (sharedWith != null && sharedWith.contains(stack)) {
            reader.complain(SHARED_WITH, sharedWith, "lists this stack, " + stack + ", whose own repository exists anyway",
                    "remove " + stack + " from the list");
        }
        var fromStack = reader.find(FROM_STACK);
        var runningTag = ServiceSettings.imageTag(reader);
        // The owner's lifecycle policy keeps `*-latest` images in the repository it holds for this stack; it
        // does not know this stack's settings, so another tag would be unprotected there.
        if (fromStack.isPresent() && !isMovingTag(runningTag)) {
            reader.complain(ServiceSettings.IMAGE_TAG, runningTag, "does not end in -latest, and the repository "
                            + FROM_STACK.key() + " adopts from " + fromStack.get() + " keeps only images a *-latest tag names",
                    "remove it (the default is " + stack + "-latest) or choose a tag ending in -latest");
        }
        return new RegistrySettings(reader.get(UNTAGGED_IMAGE_DAYS), reader.get(IMAGES_KEPT), fromStack,
                sharedWith == null ? List.of() : sharedWith, stack, runningTag);
    }

    /**
     * Whether the lifecycle's {@value #MOVING_TAGS} rule already keeps the image {@code tag} names: ECR's
     * {@code *} matches any characters, none included ("prod*" selects prod, prod1, prod2: Amazon ECR User
     * Guide, "Lifecycle policy properties", tagPatternList).
     */
    public static boolean isMovingTag(String tag) {
        return tag.endsWith("-latest");
    }
}
