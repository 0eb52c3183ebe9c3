package dev.webstack.delivery;

import com.pulumi.aws.iam.Policy;
import com.pulumi.aws.iam.PolicyArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.aws.ssm.Parameter;
import com.pulumi.aws.ssm.ParameterArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import dev.webstack.kit.Children;
import dev.webstack.kit.StackFacts;
import dev.webstack.kit.iam.PolicyDocument.Statement;
import dev.webstack.kit.iam.PolicyDocument;
import dev.webstack.kit.naming.NameLimit;
import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.plan.json.Json;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.Nullable;

/**
 * The identity the application repository releases with (ADR 0021): a role that only that
 * repository's GitHub environment can assume, and only from webstack's reusable release workflow,
 * which may push images to the stack's repository and run scripts/release, nothing else; and the
 * SSM parameter holding the stack outputs the script reads, so that the release needs no Pulumi
 * token. Created when {@code webstack:deploy.appRepository} is set; its role after the deploy
 * identity, which may create the account's GitHub OIDC provider.
 */
public final class ReleaseIdentity extends ComponentResource {

    public static final String TYPE = "webstack:delivery:ReleaseIdentity";

    /**
     * The AWS types this component registers. It is created after the deploy identity (its trust
     * names the OIDC provider the deploy identity may create), so the deploy role's grants are told
     * these types up front: the deploy role creates and updates them.
     */
    public static final Set<String> OWN_TYPES = Set.of(AwsTypes.SSM_PARAMETER, AwsTypes.IAM_ROLE,
            AwsTypes.IAM_POLICY, AwsTypes.IAM_ROLE_POLICY_ATTACHMENT);
    /** The reusable workflow the role trusts, in the webstack repository. */
    public static final String WORKFLOW = ".github/workflows/release.yml";
    /** A migration (20 min at most) and a deployment (30 min at most) fit in one session. */
    static final int SESSION_SECONDS = 7200;
    /** A standard parameter's value holds 4 KB (AWS Systems Manager quotas, "Parameter value size"). */
    static final int STANDARD_PARAMETER_CHARACTERS = 4096;

    private final Output<String> roleArn;
    private final Output<String> outputsParameter;

    public ReleaseIdentity(String name, ReleaseIdentityArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        var naming = args.naming();
        var trust = args.trust();
        var targets = args.targets();
        var account = StackFacts.account(this);
        var region = StackFacts.region(this);

        var parameter = new Parameter(name + "-outputs", ParameterArgs.builder()
                .name("/" + naming.prefix() + "/release/outputs")
                .description("The stack outputs scripts/release reads (no secrets), written by pulumi up")
                .type("String")
                .value(args.outputs().applyValue(ReleaseIdentity::outputsJson))
                .build(), Children.of(this));
        this.outputsParameter = parameter.name();

        var providerArn = account.applyValue(id -> "arn:aws:iam::" + id + ":oidc-provider/" + DeployIdentity.GITHUB_ISSUER);
        var role = new Role(name + "-role", RoleArgs.builder()
                .name(naming.physical("release", NameLimit.IAM_ROLE))
                .description("Releases of " + trust.appRepository() + " (" + trust.environment() + " environment) to "
                        + naming.prefix() + " through " + trust.webstackRepository() + "/" + WORKFLOW)
                .maxSessionDuration(SESSION_SECONDS)
                .assumeRolePolicy(providerArn.applyValue(arn -> trust(arn, trust)))
                // IAM refuses a trust policy whose federated principal does not exist yet ("Invalid principal in policy").
                .build(), Children.of(this, o -> o.dependsOn(args.after())));
        this.roleArn = role.arn();

        var document = Output.tuple(Output.tuple(account, region, parameter.arn(), targets.repositoryArn(), targets.clusterArn()),
                Output.tuple(targets.clusterName(), targets.migrationTaskFamily(), targets.serviceName(), targets.migrationRoleArns(),
                        targets.databaseArn()), targets.promotionSourceArns())
                .applyValue(t -> PolicyDocument.of(ReleasePolicy.statements(new ReleasePolicy.Resolved(
                        t.t1.t1, t.t1.t2, t.t1.t3, t.t1.t4, t.t1.t5, t.t2.t1, t.t2.t2, t.t2.t3, t.t2.t4, t.t2.t5, targets.databaseSleeps(),
                        t.t3)).toArray(Statement[]::new)).toJson());
        var policy = new Policy(name + "-policy", PolicyArgs.builder()
                .name(naming.physical("release", NameLimit.GENERAL))
                .description("What a release of " + naming.prefix() + " does: push images, migrate, roll the service")
                .policy(document)
                .build(), Children.of(this));
        new RolePolicyAttachment(name + "-role-policy", RolePolicyAttachmentArgs.builder()
                .role(role.name())
                .policyArn(policy.arn())
                .build(), Children.of(this));

        registerOutputs(Map.of("roleArn", roleArn, "outputsParameter", outputsParameter));
    }

    /**
     * Trusted: GitHub's OIDC provider, for a job of the application repository in its environment
     * ({@code sub} "repo:<owner>/<name>:environment:<environment>", GitHub docs "OpenID Connect reference",
     * subject claims), running webstack's release workflow from its reviewed branch. A reusable
     * workflow's token carries the caller's {@code sub} and names the called workflow in
     * {@code job_workflow_ref} (GitHub docs, "Using OpenID Connect with reusable workflows"), which
     * STS accepts as the condition key token.actions.githubusercontent.com:job_workflow_ref (Service
     * Authorization Reference, AWS STS condition keys; AWS What's New, January 2026, "AWS STS supports
     * validation of select identity provider specific claims"). Without the key in a token, StringEquals
     * does not match, so an older token is refused rather than let through.
     */
    static String trust(String providerArn, ReleaseIdentityArgs.Trust trust) {
        return PolicyDocument.of(Statement.allow("sts:AssumeRoleWithWebIdentity").sid("ReleaseWorkflowOfTheAppRepository")
                .principalFederated(providerArn)
                .when("StringEquals", DeployIdentity.GITHUB_ISSUER + ":aud", "sts.amazonaws.com")
                .when("StringEquals", DeployIdentity.GITHUB_ISSUER + ":sub",
                        "repo:" + trust.appRepository() + ":environment:" + trust.environment())
                .when("StringEquals", DeployIdentity.GITHUB_ISSUER + ":job_workflow_ref",
                        trust.webstackRepository() + "/" + WORKFLOW + "@refs/heads/" + trust.webstackBranch())
                .build()).toJson();
    }

    static String outputsJson(Map<String, Object> outputs) {
        var json = Json.compact(new TreeMap<>(outputs));
        if (json.length() > STANDARD_PARAMETER_CHARACTERS) {
            throw new IllegalStateException("the release's outputs take " + json.length() + " characters, more than a standard "
                    + "SSM parameter holds (" + STANDARD_PARAMETER_CHARACTERS + ")");
        }
        return json;
    }

    public ReleaseContract contract() {
        return new ReleaseContract(roleArn, outputsParameter);
    }
}
