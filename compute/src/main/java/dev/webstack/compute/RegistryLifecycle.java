package dev.webstack.compute;

import dev.webstack.plan.json.Json;
import dev.webstack.settings.RegistrySettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ECR lifecycle policy of every repository a stack holds (ADR 0025): first, rules that keep every
 * image a release's moving tag names, so that nothing after them can expire it; then untagged images
 * go after a few days, and only the newest images are kept.
 *
 * <p>Why "first" is enough: "An image that matches the tagging requirements of a rule cannot be expired
 * by a rule with a lower priority" (Amazon ECR User Guide, "Automate the cleanup of images by using
 * lifecycle policies", Lifecycle policy evaluation rules), and a rule with a lower {@code rulePriority}
 * number is applied first ("Lifecycle policy properties", rulePriority). A rule with tagStatus "any" must
 * have the highest number (same page), so the keep-N rule stays last.
 */
final class RegistryLifecycle {

    /**
     * The keep rules' count: more images than any repository holds under one tag pattern. A tag names one
     * image at a time, so the images a {@code *-latest} rule selects are at most the stacks releasing to
     * the repository (one per stack here), and a repository holds at most 100,000 images by default
     * (Amazon ECR service quotas, "Images per repository").
     */
    static final int NEVER_REACHED = 10_000;

    private RegistryLifecycle() {
    }

    /**
     * @param runningTag the tag the holding stack's service runs, kept by a rule of its own when the
     *                   {@code *-latest} rule would not keep it; empty for a repository held for another stack,
     *                   whose settings refuse such a tag
     */
    static String policy(RegistrySettings settings, Optional<String> runningTag) {
        var rules = new ArrayList<Object>();
        rules.add(keep(rules.size() + 1, RegistrySettings.MOVING_TAGS, "Never expire an image a *-latest tag names (the release moves it)"));
        runningTag.filter(tag -> !RegistrySettings.isMovingTag(tag)).ifPresent(tag ->
                rules.add(keep(rules.size() + 1, tag, "Never expire the image " + tag + " names (webstack:service.imageTag)")));
        rules.add(Json.object("rulePriority", rules.size() + 1,
                "description", "Expire untagged images after " + settings.untaggedImageDays() + " days",
                "selection", Json.object("tagStatus", "untagged", "countType", "sinceImagePushed", "countUnit", "days",
                        "countNumber", settings.untaggedImageDays()),
                "action", Json.object("type", "expire")));
        rules.add(Json.object("rulePriority", rules.size() + 1,
                "description", "Keep the newest " + settings.imagesKept() + " images",
                "selection", Json.object("tagStatus", "any", "countType", "imageCountMoreThan",
                        "countNumber", settings.imagesKept()),
                "action", Json.object("type", "expire")));
        return Json.compact(Json.object("rules", List.copyOf(rules)));
    }

    /** Selects the images carrying a tag that matches {@code pattern}; expires only past a count never reached. */
    private static Object keep(int priority, String pattern, String description) {
        return Json.object("rulePriority", priority,
                "description", description,
                "selection", Json.object("tagStatus", "tagged", "tagPatternList", List.of(pattern),
                        "countType", "imageCountMoreThan", "countNumber", NEVER_REACHED),
                "action", Json.object("type", "expire"));
    }
}
