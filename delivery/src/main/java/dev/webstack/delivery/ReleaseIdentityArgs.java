package dev.webstack.delivery;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import dev.webstack.kit.Doc;
import dev.webstack.kit.naming.Naming;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What a {@link ReleaseIdentity} is built from. All required. */
public record ReleaseIdentityArgs(
        @Doc("physical names: the role `<app>-<stack>-release`, the parameter `/<app>-<stack>/release/outputs`") Naming naming,
        @Doc("who may assume the role: the application repository's environment, through webstack's release workflow") Trust trust,
        @Doc("what scripts/release touches: the image repository, the migration, the service, the database") Targets targets,
        @Doc("the stack outputs scripts/release reads, written to the parameter so that the release needs no Pulumi token")
        Output<Map<String, Object>> outputs,
        @Doc("what the role's trust needs to exist first: the deploy identity, which may create the GitHub OIDC provider")
        List<Resource> after) {

    public ReleaseIdentityArgs {
        after = List.copyOf(after);
        Objects.requireNonNull(naming, "naming");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(outputs, "outputs");
    }

    /**
     * The caller: a job of {@code appRepository} running in its GitHub environment {@code environment},
     * inside {@code .github/workflows/release.yml} of {@code webstackRepository} at {@code refs/heads/<webstackBranch>}.
     */
    public record Trust(String appRepository, String environment, String webstackRepository, String webstackBranch) {
        public Trust {
            Objects.requireNonNull(appRepository, "appRepository");
            Objects.requireNonNull(environment, "environment");
            Objects.requireNonNull(webstackRepository, "webstackRepository");
            Objects.requireNonNull(webstackBranch, "webstackBranch");
        }
    }

    /**
     * The stack's resources a release touches.
     *
     * @param migrationRoleArns the execution and task roles of the migration's task definition: the only roles passed
     * @param databaseSleeps    the stack stops its database off-hours: the role may start it (ADR 0021)
     * @param promotionSourceArns the repositories the stack holds for other stacks, which the role may pull from to
     *                          promote an image they tested (ADR 0025); empty for a stack holding none
     */
    public record Targets(Output<String> repositoryArn, Output<String> clusterArn, Output<String> clusterName,
                          Output<String> migrationTaskFamily, Output<String> serviceName, Output<List<String>> migrationRoleArns,
                          Output<String> databaseArn, boolean databaseSleeps, Output<List<String>> promotionSourceArns) {
        public Targets {
            Objects.requireNonNull(repositoryArn, "repositoryArn");
            Objects.requireNonNull(clusterArn, "clusterArn");
            Objects.requireNonNull(clusterName, "clusterName");
            Objects.requireNonNull(migrationTaskFamily, "migrationTaskFamily");
            Objects.requireNonNull(serviceName, "serviceName");
            Objects.requireNonNull(migrationRoleArns, "migrationRoleArns");
            Objects.requireNonNull(databaseArn, "databaseArn");
            Objects.requireNonNull(promotionSourceArns, "promotionSourceArns");
        }
    }
}
