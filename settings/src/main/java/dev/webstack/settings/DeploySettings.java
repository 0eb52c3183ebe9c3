package dev.webstack.settings;

import java.util.List;
import java.util.Optional;

/**
 * Who may deploy the stack: the GitHub repository whose workflows assume its deploy role, on
 * which branch and in which GitHub environment; whether this stack creates the account's
 * GitHub OIDC provider; and whether pull requests get a read-only preview role.
 *
 * @param githubRepository  owner/name; empty: no deploy identity
 * @param githubBranch      the branch whose pushes deploy this stack (requirements R2.3: develop, main)
 * @param githubEnvironment the GitHub environment the deploy job runs in
 * @param createOidcProvider true in the one stack of the account that creates the provider
 * @param previewRole       a role pull requests of the repository may assume to run pulumi preview
 */
public record DeploySettings(Optional<String> githubRepository, String githubBranch, String githubEnvironment,
                             boolean createOidcProvider, boolean previewRole) {

    static final String REPOSITORY = "[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+";

    public static final Setting<String> GITHUB_REPOSITORY = Setting.webstack("deploy.githubRepository", ValueType.TEXT)
            .describedAs("The GitHub repository (owner/name) whose workflows deploy this stack. Set it to create the deploy role "
                    + "(stack output deploy.roleArn); unset: no deploy identity.")
            .check(Check.matches(REPOSITORY, "is not owner/name", "write the repository as owner/name, e.g. acme/webstack"))
            .build();

    public static final Setting<String> GITHUB_BRANCH = Setting.webstack("deploy.githubBranch", ValueType.TEXT)
            .describedAs("The branch whose pushes deploy this stack (requirements R2.3: develop to staging, main to production). "
                    + ".github/workflows/deploy.yml reads it from each stack file: set it there for every stack the workflow deploys.")
            .defaultsTo("develop", "main")
            .check(Check.matches("[A-Za-z0-9_./-]+", "is not a branch name", "write a branch name without wildcards, e.g. main"))
            .build();

    public static final Setting<String> GITHUB_ENVIRONMENT = Setting.webstack("deploy.githubEnvironment", ValueType.TEXT)
            .describedAs("The GitHub environment the deploy and release jobs run in; the role trusts only that environment and "
                    + "deploy.githubBranch.")
            .derivedDefault("the stack name")
            .check(Check.matches("[A-Za-z0-9_.-]+", "is not an environment name", "write a name such as production"))
            .build();

    public static final Setting<Boolean> CREATE_OIDC_PROVIDER = Setting.webstack("deploy.createOidcProvider", ValueType.TRUE_OR_FALSE)
            .describedAs("Create the account's GitHub OIDC provider (token.actions.githubusercontent.com). One per account: true in "
                    + "the stack deployed first (production by default), false in the others, which use it.")
            .defaultsTo(false, true)
            .build();

    public static final Setting<Boolean> PREVIEW_ROLE = Setting.webstack("deploy.previewRole", ValueType.TRUE_OR_FALSE)
            .describedAs("Also create a read-only role that the repository's pull requests may assume to run pulumi preview "
                    + "(stack output deploy.previewRoleArn).")
            .defaultsTo(true)
            .build();

    static List<Setting<?>> settings() {
        return List.of(GITHUB_REPOSITORY, GITHUB_BRANCH, GITHUB_ENVIRONMENT, CREATE_OIDC_PROVIDER, PREVIEW_ROLE);
    }

    static DeploySettings read(SettingsReader reader) {
        return new DeploySettings(reader.find(GITHUB_REPOSITORY), reader.get(GITHUB_BRANCH),
                reader.find(GITHUB_ENVIRONMENT).orElse(reader.source().stackName()),
                reader.get(CREATE_OIDC_PROVIDER), reader.get(PREVIEW_ROLE));
    }
}
