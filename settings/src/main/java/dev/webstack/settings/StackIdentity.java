package dev.webstack.settings;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which stack this is: the names every physical name and tag is built from.
 *
 * @param project     the Pulumi project name
 * @param stack       the Pulumi stack name
 * @param app         short application name, the first part of physical names
 * @param environment the profile, staging or production (webstack:profile): decides defaults and safety rules only;
 *                    the stack's own name, never the profile, is its environment's identity (APP_ENV, tags,
 *                    names, image tag: docs/adr/0022-stack-name-is-the-environment.md)
 * @param region      the AWS region of every regional resource
 * @param extraTags   tags added to every taggable resource besides the standard ones
 */
public record StackIdentity(String project, String stack, String app, Environment environment, String region,
                            Map<String, String> extraTags) {

    /**
     * The longest {@code <app>-<stack>} that survives whole in every physical name. Load
     * balancer and target group names allow 32 characters; a longer name keeps its first 25
     * and a hyphenated hash, so a prefix of up to 25 stays intact. The deploy role grants by
     * that prefix: a cut prefix would lock it out of the stack's own load balancer.
     */
    public static final int MAX_NAME_PREFIX_LENGTH = 25;

    public static final Setting<String> APP = Setting.webstack("app", ValueType.TEXT)
            .describedAs("Short name of the application; every physical name starts with `<app>-<stack>`, which has at most "
                    + MAX_NAME_PREFIX_LENGTH + " characters.")
            .derivedDefault("the Pulumi project name")
            .check(Check.matches("[a-z][a-z0-9-]{0,18}[a-z0-9]",
                    "is not a short lower-case name", "use 2 to 20 characters: a-z, 0-9 and '-', starting with a letter"))
            .build();

    public static final Setting<Environment> PROFILE = Setting.webstack("profile", ValueType.oneOf(Environment.class))
            .describedAs("Which defaults and safety rules apply: `staging` or `production`. Any stack name works (`test`, `dev`, "
                    + "`qa`...): the stack name, not the profile, is what APP_ENV, tags, names and the image tag carry.")
            .derivedDefault("the stack name, when it is `staging` or `production`; required otherwise")
            .build();

    /** The key {@link #PROFILE} had before any stack name was allowed; still read so that older stack files plan. */
    public static final Setting<Environment> ENVIRONMENT = Setting.webstack("environment", ValueType.oneOf(Environment.class))
            .describedAs("Deprecated: the former name of `webstack:profile`, still accepted with the same meaning. "
                    + "Rename it to `webstack:profile`; setting both to different values is refused.")
            .derivedDefault("none: `webstack:profile` applies")
            .build();

    public static final Setting<String> REGION = Setting.foreign("aws:region", ValueType.TEXT)
            .describedAs("AWS region of every regional resource (the AWS provider's own setting).")
            .check(Check.matches("[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d",
                    "is not an AWS region name", "use a region such as ap-northeast-1 or us-east-1"))
            .build();

    /** Tag keys webstack sets on every resource itself; users cannot override them. */
    public static final Set<String> RESERVED_TAG_KEYS = Set.of("app", "environment", "managed-by", "pulumi-project", "pulumi-stack", "Name");

    public static final Setting<Map<String, String>> TAGS = Setting.webstack("tags", ValueType.TEXT_MAP)
            .describedAs("Extra tags for every taggable resource (cost centre, owner...). "
                    + "`app`, `environment`, `managed-by`, `pulumi-project`, `pulumi-stack` and `Name` are set by webstack.")
            .defaultsTo(Map.of())
            .check(Check.of(tags -> tags.keySet().stream().noneMatch(RESERVED_TAG_KEYS::contains),
                    "sets a tag webstack manages", "remove app, environment, managed-by, pulumi-project, pulumi-stack and Name"))
            .check(Check.of(tags -> tags.keySet().stream().noneMatch(k -> k.toLowerCase().startsWith("aws:")),
                    "uses the reserved aws: tag prefix", "choose tag keys that do not start with aws:"))
            .check(Check.of(tags -> tags.entrySet().stream().allMatch(e -> !e.getKey().isEmpty()
                            && e.getKey().length() <= 128 && e.getValue().length() <= 256),
                    "has a tag key over 128 or a value over 256 characters", "shorten it; AWS refuses longer tags"))
            .check(Check.of(tags -> tags.size() <= 50 - RESERVED_TAG_KEYS.size(),
                    "has more tags than AWS allows next to webstack's own", "keep at most " + (50 - RESERVED_TAG_KEYS.size()) + " extra tags"))
            .build();

    static List<Setting<?>> settings() {
        return List.of(APP, PROFILE, ENVIRONMENT, REGION, TAGS);
    }

    static StackIdentity read(SettingsReader reader, String project) {
        var stack = reader.source().stackName();
        reader.environment(profile(reader, stack).orElse(Environment.STAGING));
        var configuredApp = reader.find(APP);
        var app = configuredApp.orElse(project);
        if (configuredApp.isEmpty() && reader.usable(APP) && !app.matches("[a-z][a-z0-9-]{0,18}[a-z0-9]")) {
            reader.complain(APP.key(), "is not set and the project name '" + project + "' cannot stand in for it",
                    "run pulumi config set " + APP.key() + " <short-name> (a-z, 0-9 and '-', 2 to 20 characters)");
        }
        var prefix = app + "-" + stack;
        if (prefix.length() > MAX_NAME_PREFIX_LENGTH && reader.usable(APP)) {
            reader.complain(APP.key(), "with stack '" + stack + "' gives the name prefix '" + prefix + "' (" + prefix.length()
                            + " characters), too long for load balancer names to keep it whole",
                    "shorten " + APP.key() + " or the stack name so that '<app>-<stack>' has at most " + MAX_NAME_PREFIX_LENGTH
                            + " characters");
        }
        return new StackIdentity(project, stack, app, reader.environment(), reader.get(REGION), reader.get(TAGS));
    }

    /** webstack:profile, else its deprecated alias, else the stack's name when that is a profile's. */
    private static Optional<Environment> profile(SettingsReader reader, String stack) {
        var profile = reader.find(PROFILE);
        var alias = reader.find(ENVIRONMENT);
        if (profile.isPresent() && alias.isPresent() && profile.get() != alias.get()) {
            reader.complain(ENVIRONMENT.key(), "is " + alias.get() + " while " + PROFILE.key() + " is " + profile.get()
                    + " (it is that key's former name)", "remove " + ENVIRONMENT.key() + "; " + PROFILE.key() + " alone decides");
        }
        var chosen = profile.or(() -> alias).or(() -> Environment.fromId(stack));
        if (chosen.isEmpty() && reader.usable(PROFILE) && reader.usable(ENVIRONMENT)) {
            reader.complain(PROFILE.key(), "is missing and stack '" + stack + "' is not named staging or production",
                    "run pulumi config set " + PROFILE.key() + " staging (or production) --stack " + stack
                            + " to choose its defaults and safety rules");
        }
        return chosen;
    }
}
