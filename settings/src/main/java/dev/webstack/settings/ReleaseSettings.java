package dev.webstack.settings;

import java.util.List;
import java.util.Optional;

/**
 * Who may release application images to the stack: the application's GitHub repository, whose
 * workflow calls webstack's reusable release workflow (ADR 0021). Kept apart from
 * {@link DeploySettings}: the deploy role changes the infrastructure, the release role only
 * pushes images and rolls the service.
 *
 * @param appRepository owner/name of the application repository; empty: no release identity
 */
public record ReleaseSettings(Optional<String> appRepository) {

    public static final Setting<String> APP_REPOSITORY = Setting.webstack("deploy.appRepository", ValueType.TEXT)
            .describedAs("The application's GitHub repository (owner/name) that builds images and calls webstack's release "
                    + "workflow. Set it to create the release role (stack output release.roleArn), trusted by that repository's "
                    + "GitHub environment deploy.githubEnvironment running .github/workflows/release.yml of "
                    + "deploy.githubRepository from its main branch; needs deploy.githubRepository.")
            .check(Check.matches(DeploySettings.REPOSITORY, "is not owner/name", "write the repository as owner/name, e.g. acme/shop"))
            .build();

    static List<Setting<?>> settings() {
        return List.of(APP_REPOSITORY);
    }

    static ReleaseSettings read(SettingsReader reader, DeploySettings deploy) {
        var settings = new ReleaseSettings(reader.find(APP_REPOSITORY));
        if (reader.usable(APP_REPOSITORY) && settings.appRepository().isPresent()) {
            var app = settings.appRepository().get();
            if (deploy.githubRepository().isEmpty()) {
                reader.complain(APP_REPOSITORY, app, "needs deploy.githubRepository: the release role trusts that repository's "
                        + "release workflow", "set webstack:deploy.githubRepository to the repository holding webstack");
            } else if (deploy.githubRepository().get().equalsIgnoreCase(app)) {
                reader.complain(APP_REPOSITORY, app, "is the webstack repository itself", "name the application's repository, "
                        + "which builds the images; webstack's own deploys use the deploy role");
            }
        }
        return settings;
    }
}
