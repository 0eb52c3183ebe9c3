package dev.webstack.compute;

import dev.webstack.plan.json.Json;
import dev.webstack.settings.RegistrySettings;
import java.util.List;

/** The ECR lifecycle policy: untagged images go after a few days, and only the newest images are kept. */
final class RegistryLifecycle {

    private RegistryLifecycle() {
    }

    static String policy(RegistrySettings settings) {
        return Json.compact(Json.object("rules", List.of(
                Json.object("rulePriority", 1,
                        "description", "Expire untagged images after " + settings.untaggedImageDays() + " days",
                        "selection", Json.object("tagStatus", "untagged", "countType", "sinceImagePushed", "countUnit", "days",
                                "countNumber", settings.untaggedImageDays()),
                        "action", Json.object("type", "expire")),
                Json.object("rulePriority", 2,
                        "description", "Keep the newest " + settings.imagesKept() + " images",
                        "selection", Json.object("tagStatus", "any", "countType", "imageCountMoreThan",
                                "countNumber", settings.imagesKept()),
                        "action", Json.object("type", "expire")))));
    }
}
