package dev.webstack.delivery;

import com.pulumi.aws.iam.OpenIdConnectProvider;
import com.pulumi.aws.iam.OpenIdConnectProviderArgs;
import com.pulumi.aws.iam.Policy;
import com.pulumi.aws.iam.PolicyArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import dev.webstack.kit.Children;
import dev.webstack.kit.StackFacts;
import dev.webstack.kit.iam.PolicyDocument.Statement;
import dev.webstack.kit.iam.PolicyDocument;
import dev.webstack.kit.naming.NameLimit;
import dev.webstack.plan.aws.AwsTypes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * Who may change the stack from GitHub: the account's GitHub OIDC provider (created here or
 * used), a deploy role that only the configured repository's branch or environment can
 * assume, with the grants of exactly the resource types this stack manages plus what the
 * release script does, and optionally a read-only preview role for its pull requests.
 */
public final class DeployIdentity extends ComponentResource {

    public static final String TYPE = "webstack:delivery:DeployIdentity";
    public static final String GITHUB_ISSUER = "token.actions.githubusercontent.com";
    /** IAM's limit for a customer managed policy, less room for the JSON IAM adds. */
    static final int POLICY_CHARACTERS = 6000;
    /** Roles a stack passes at most today (execution, task, monitoring, forwarder, schedules, flow logs), for sizing the policies. */
    static final int ESTIMATED_PASSED_ROLES = 6;
    /** Long enough for a first pulumi up that creates a database and a distribution. */
    static final int SESSION_SECONDS = 7200;

    /** The types this component creates: the deploy role updates them too. */
    public static final Set<String> OWN_TYPES = Set.of(AwsTypes.IAM_ROLE, AwsTypes.IAM_POLICY,
            AwsTypes.IAM_ROLE_POLICY_ATTACHMENT, AwsTypes.IAM_OPEN_ID_CONNECT_PROVIDER);

    /** Metadata reads on "*": what pulumi preview and refresh need to compare the stack with AWS. */
    static final List<String> READS = List.of("sts:GetCallerIdentity", "ec2:Describe*", "ecs:Describe*", "ecs:List*", "ecr:Describe*",
            "ecr:GetLifecyclePolicy", "ecr:ListTagsForResource", "rds:Describe*", "rds:ListTagsForResource",
            "elasticloadbalancing:Describe*", "s3:GetBucket*", "s3:GetEncryptionConfiguration", "s3:GetLifecycleConfiguration",
            "s3:GetAccelerateConfiguration", "s3:GetReplicationConfiguration", "s3:ListAllMyBuckets", "iam:GetRole", "iam:GetRolePolicy",
            "iam:GetPolicy", "iam:GetPolicyVersion", "iam:GetUser", "iam:GetUserPolicy", "iam:GetOpenIDConnectProvider",
            "iam:ListRolePolicies", "iam:ListAttachedRolePolicies", "iam:ListInstanceProfilesForRole", "iam:ListPolicyVersions",
            "iam:ListAccessKeys", "iam:ListUserPolicies", "iam:ListAttachedUserPolicies", "iam:ListGroupsForUser", "logs:Describe*",
            "logs:ListTagsLogGroup", "logs:ListTagsForResource", "logs:GetDelivery*", "cloudwatch:Describe*", "cloudwatch:GetDashboard",
            "cloudwatch:ListTagsForResource", "events:Describe*", "events:List*", "sns:GetTopicAttributes",
            "sns:GetSubscriptionAttributes", "sns:ListTagsForResource", "sns:ListSubscriptionsByTopic", "kms:Describe*",
            "kms:GetKeyPolicy", "kms:GetKeyRotationStatus", "kms:List*", "secretsmanager:DescribeSecret",
            "secretsmanager:GetResourcePolicy", "secretsmanager:ListSecrets", "lambda:GetFunction", "lambda:GetFunctionCodeSigningConfig",
            "lambda:GetPolicy", "lambda:List*", "cloudfront:GetDistribution", "cloudfront:GetDistributionConfig",
            "cloudfront:GetResponseHeadersPolicy", "cloudfront:ListTagsForResource",
            // Named one by one: wafv2:Get* and List* would include GetSampledRequests (request headers and client
            // addresses), GetDecryptedAPIKey and ListAPIKeys (key values) (Service Authorization Reference, AWS WAF V2).
            "wafv2:GetWebACL", "wafv2:GetWebACLForResource", "wafv2:GetLoggingConfiguration", "wafv2:GetManagedRuleSet",
            "wafv2:ListWebACLs", "wafv2:ListLoggingConfigurations", "wafv2:ListResourcesForWebACL", "wafv2:ListTagsForResource",
            "wafv2:ListAvailableManagedRuleGroups", "wafv2:ListAvailableManagedRuleGroupVersions", "scheduler:Get*",
            "scheduler:List*", "application-autoscaling:Describe*",
            // The scalable target has tags: its refresh lists them (Service Authorization Reference, Application Auto
            // Scaling: ListTagsForResource, access level Read, on the ScalableTarget resource type).
            "application-autoscaling:ListTagsForResource", "acm:DescribeCertificate", "acm:ListTagsForCertificate",
            "route53:GetHostedZone", "route53:ListHostedZones", "route53:ListResourceRecordSets", "route53:GetChange",
            "ssm:DescribeParameters", "ssm:ListTagsForResource",
            // The audit trail and the budget (Service Authorization Reference, CloudTrail and AWS Budget Service); reading a
            // budget is budgets:ViewBudget, not a Get/List pattern: the deploy grant SpendBudget gives it on the stack's budgets.
            "cloudtrail:DescribeTrails", "cloudtrail:GetTrail", "cloudtrail:GetTrailStatus", "cloudtrail:GetEventSelectors",
            "cloudtrail:GetInsightSelectors", "cloudtrail:ListTags", "budgets:ListTagsForResource",
            // The program's look-ups (edge Edge: getCachePolicy and getOriginRequestPolicy by name list, then get by id:
            // terraform-provider-aws internal/service/cloudfront/cache_policy_data_source.go), the VPC origin's refresh,
            // the failure queue's refresh. The budget's is budgets:ViewBudget, in readPolicy.
            "cloudfront:ListCachePolicies", "cloudfront:GetCachePolicy", "cloudfront:ListOriginRequestPolicies",
            "cloudfront:GetOriginRequestPolicy", "cloudfront:GetVpcOrigin", "sqs:GetQueueAttributes", "sqs:ListQueueTags");

    private final Output<String> roleArn;
    private final Optional<Output<String>> previewRoleArn;


    public DeployIdentity(String name, DeployIdentityArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        var naming = args.naming();
        var settings = args.settings();
        var repository = settings.githubRepository().orElseThrow();
        var account = StackFacts.account(this);
        var region = StackFacts.region(this);

        var providerArn = settings.createOidcProvider()
                ? new OpenIdConnectProvider(name + "-github", OpenIdConnectProviderArgs.builder()
                        .url("https://" + GITHUB_ISSUER)
                        .clientIdLists("sts.amazonaws.com")
                        .build(), Children.of(this)).arn()
                : account.applyValue(id -> "arn:aws:iam::" + id + ":oidc-provider/" + GITHUB_ISSUER);

        var subjects = List.of("repo:" + repository + ":environment:" + settings.githubEnvironment(),
                "repo:" + repository + ":ref:refs/heads/" + settings.githubBranch());
        var role = new Role(name + "-role", RoleArgs.builder()
                .name(naming.physical("deploy", NameLimit.IAM_ROLE))
                .description("pulumi up and releases of " + naming.prefix() + " from " + repository + " (" + settings.githubEnvironment()
                        + " environment, " + settings.githubBranch() + " branch)")
                .maxSessionDuration(SESSION_SECONDS)
                .assumeRolePolicy(providerArn.applyValue(arn -> trust(arn, subjects)))
                .build(), Children.of(this));
        this.roleArn = role.arn();

        var read = new Policy(name + "-read", PolicyArgs.builder()
                .name(naming.physical("read", NameLimit.GENERAL))
                .description("Reads the metadata pulumi preview and refresh compare with the program")
                .policy(account.applyValue(a -> readPolicy(a, naming.prefix())))
                .build(), Children.of(this));
        attach(name + "-role-read", role, read);

        var vpc = args.vpcId().map(o -> o.applyValue(Optional::of)).orElse(Output.of(Optional.<String>empty()));
        var sharedListener = args.sharedListenerArn().map(o -> o.applyValue(Optional::of)).orElse(Output.of(Optional.<String>empty()));
        var grants = Output.tuple(account, region, vpc, sharedListener).applyValue(t -> {
            var scope = new DeployGrants.Scope(naming.prefix(), args.identity().stack(), args.identity().project(), t.t1, t.t2, t.t3,
                    t.t4);
            return DeployGrants.forStack(args.resourceTypes(), scope).stream()
                    .map(grant -> withSid(grant.statement().apply(scope), grant.sid())).toList();
        });
        var release = args.release();
        var releaseStatements = Output.tuple(account, region, release.repositoryArn(), release.clusterArn(), release.clusterName(),
                release.migrationTaskFamily(), release.serviceName(), args.passedRoleArns())
                .applyValue(t -> {
                    var statements = new ArrayList<>(releaseStatements(t.t1, t.t2, new ReleaseNames(t.t3, t.t4, t.t5, t.t6, t.t7), t.t8));
                    statements.addAll(Containment.statements(t.t1, naming));
                    return statements;
                });
        // How many policies, and which statements each holds, must be known before the ARNs resolve:
        // the split is made on the same statements with stand-in values of the same lengths.
        var sizes = chunkSizes(estimate(args));
        var shared = sharedVpcStatements(args, account, region);
        var documents = Output.tuple(grants, releaseStatements, shared).applyValue(t -> {
            var all = new ArrayList<Statement>(t.t1);
            all.addAll(t.t2);
            all.addAll(t.t3);
            return split(all, sizes);
        });
        for (int i = 0; i < sizes.size(); i++) {
            final int index = i;
            var policy = new Policy(name + "-manage-" + (i + 1), PolicyArgs.builder()
                    .name(naming.physical("deploy-" + (i + 1), NameLimit.GENERAL))
                    .description("What pulumi up and scripts/release do to " + naming.prefix() + " (" + (i + 1) + " of " + sizes.size() + ")")
                    .policy(documents.applyValue(d -> d.get(index)))
                    // A managed policy's description forces a new policy (Terraform AWS provider 5.x,
                    // aws_iam_policy: "description - (Optional, Forces new resource)"). This one counts
                    // the policies, so one more policy would re-create every deploy-N under its own
                    // name (EntityAlreadyExists) while attached. Not sent after creation (ADR 0017).
                    .build(), Children.of(this, o -> o.ignoreChanges(List.of("description"))));
            attach(name + "-role-manage-" + (i + 1), role, policy);
        }

        if (settings.previewRole()) {
            var preview = new Role(name + "-preview-role", RoleArgs.builder()
                    .name(naming.physical("preview", NameLimit.IAM_ROLE))
                    .description("pulumi preview of " + naming.prefix() + " for pull requests of " + repository + ": reads only")
                    .assumeRolePolicy(providerArn.applyValue(arn -> trust(arn, List.of("repo:" + repository + ":pull_request"))))
                    .build(), Children.of(this));
            attach(name + "-preview-role-read", preview, read);
            this.previewRoleArn = Optional.of(preview.arn());
        } else {
            this.previewRoleArn = Optional.empty();
        }

        var outputs = new LinkedHashMap<String, Output<?>>();
        outputs.put("roleArn", roleArn);
        registerOutputs(outputs);
    }

    private void attach(String logicalName, Role role, Policy policy) {
        new RolePolicyAttachment(logicalName, RolePolicyAttachmentArgs.builder()
                .role(role.name())
                .policyArn(policy.arn())
                .build(), Children.of(this));
    }

    /**
     * The metadata reads on "*", and the stack's budgets: budgets:ViewBudget reads a budget's definition
     * (Service Authorization Reference, AWS Budget Service) and is no Describe/List/Get, so it is named on
     * the stack's own budgets.
     */
    static String readPolicy(String account, String prefix) {
        return PolicyDocument.of(Statement.allowReading(READS.toArray(String[]::new)).sid("ReadMetadata").on("*").build(),
                Statement.allow("budgets:ViewBudget").sid("ReadTheStacksBudgets").on("arn:aws:budgets::" + account + ":budget/" + prefix + "-*")
                        .build()).toJson();
    }

    static String trust(String providerArn, List<String> subjects) {
        return PolicyDocument.of(Statement.allow("sts:AssumeRoleWithWebIdentity").sid("GitHubActions")
                .principalFederated(providerArn)
                .when("StringEquals", GITHUB_ISSUER + ":aud", "sts.amazonaws.com")
                .when("StringEquals", GITHUB_ISSUER + ":sub", subjects.toArray(String[]::new))
                .build()).toJson();
    }

    /** The release's resources once resolved: {@link DeployIdentityArgs.Release} as plain names. */
    record ReleaseNames(String repositoryArn, String clusterArn, String clusterName, String migrationFamily, String serviceName) {
    }

    /** What scripts/release calls, on exactly the release's resources. */
    static List<Statement> releaseStatements(String account, String region, ReleaseNames release, List<String> passedRoles) {
        var arn = "arn:aws:ecs:" + region + ":" + account + ":";
        var repositoryArn = release.repositoryArn();
        var clusterArn = release.clusterArn();
        var clusterName = release.clusterName();
        var migrationFamily = release.migrationFamily();
        var serviceName = release.serviceName();
        return List.of(
                Statement.allow("iam:PassRole").sid("PassTheStacksRoles").on(passedRoles)
                        .when("StringEquals", "iam:PassedToService", DeployGrants.PASSED_TO.toArray(String[]::new)).build(),
                Statement.allow("ecr:DescribeImages", "ecr:BatchGetImage", "ecr:PutImage").sid("ReleaseMovesTheTag").on(repositoryArn).build(),
                Statement.allow("ecs:RunTask").sid("ReleaseRunsTheMigration").on(arn + "task-definition/" + migrationFamily + ":*")
                        .when("ArnEquals", "ecs:cluster", clusterArn).build(),
                Statement.allow("ecs:StopTask").sid("ReleaseStopsAHungMigration").on(arn + "task/" + clusterName + "/*").build(),
                Statement.allow("ecs:UpdateService").sid("ReleaseRollsTheService").on(arn + "service/" + clusterName + "/" + serviceName).build());
    }

    /** In a VPC another stack owns: its own groups there, and its one rule on the owner's load-balancer group (ADR 0023). */
    private static Output<List<Statement>> sharedVpcStatements(DeployIdentityArgs args, Output<String> account, Output<String> region) {
        return args.adoptedVpc().map(adopted -> {
            var group = adopted.loadBalancerGroupId().map(o -> o.applyValue(Optional::of)).orElse(Output.of(Optional.<String>empty()));
            return Output.tuple(account, region, adopted.vpcId(), group)
                    .applyValue(t -> SharedVpcGrants.statements(t.t1, t.t2, t.t3, t.t4));
        }).orElse(Output.of(List.of()));
    }

    private static Statement withSid(Statement statement, String sid) {
        return new Statement(sid, statement.effect(), statement.actions(), statement.resources(), statement.principal(), statement.conditions(),
                statement.notResources());
    }

    /** How many statements each managed policy takes, in order, so that each stays within IAM's size. */
    static List<Integer> chunkSizes(List<Statement> statements) {
        var sizes = new ArrayList<Integer>();
        var current = new ArrayList<Statement>();
        for (var statement : statements) {
            current.add(statement);
            if (PolicyDocument.of(current.toArray(Statement[]::new)).toJson().length() > POLICY_CHARACTERS && current.size() > 1) {
                sizes.add(current.size() - 1);
                current = new ArrayList<>(List.of(statement));
            }
        }
        if (!current.isEmpty()) {
            sizes.add(current.size());
        }
        return sizes;
    }

    /** The statements as policy documents of the given sizes. */
    static List<String> split(List<Statement> statements, List<Integer> sizes) {
        var documents = new ArrayList<String>();
        int from = 0;
        for (var size : sizes) {
            documents.add(PolicyDocument.of(statements.subList(from, from + size).toArray(Statement[]::new)).toJson());
            from += size;
        }
        if (from != statements.size()) {
            throw new IllegalStateException("the deploy policy has " + statements.size() + " statements, planned for " + from);
        }
        return documents;
    }

    /** The same statements with stand-in values of the same length class, to know the policy count before the values resolve. */
    private static List<Statement> estimate(DeployIdentityArgs args) {
        // The owner's listener: a load balancer name of the longest kind (32 characters), so the estimate is not short.
        var sharedListener = args.sharedListenerArn().map(arn -> "arn:aws:elasticloadbalancing:" + args.identity().region()
                + ":123456789012:listener/app/" + "x".repeat(32) + "/0123456789abcdef/0123456789abcdef");
        var scope = new DeployGrants.Scope(args.naming().prefix(), args.identity().stack(), args.identity().project(), "123456789012",
                args.identity().region(), Optional.of("vpc-0123456789abcdef0"), sharedListener);
        var statements = new ArrayList<Statement>();
        DeployGrants.forStack(args.resourceTypes(), scope).forEach(grant -> statements.add(withSid(grant.statement().apply(scope), grant.sid())));
        var prefix = args.naming().prefix();
        var roles = args.resourceTypes().contains(AwsTypes.IAM_ROLE) ? ESTIMATED_PASSED_ROLES : 0;
        statements.addAll(releaseStatements("123456789012", args.identity().region(), new ReleaseNames(
                "arn:aws:ecr:" + args.identity().region() + ":123456789012:repository/" + prefix,
                "arn:aws:ecs:" + args.identity().region() + ":123456789012:cluster/" + prefix, prefix, prefix + "-migration", prefix + "-app"),
                Collections.nCopies(roles, "arn:aws:iam::123456789012:role/" + prefix + "-role-of-about-this-length")));
        statements.addAll(Containment.statements("123456789012", args.naming()));
        args.adoptedVpc().ifPresent(adopted -> statements.addAll(SharedVpcGrants.statements("123456789012", args.identity().region(),
                "vpc-0123456789abcdef0", adopted.loadBalancerGroupId().map(group -> "sg-0123456789abcdef0"))));
        return statements;
    }

    public DeployContract contract() {
        return new DeployContract(roleArn, previewRoleArn);
    }
}
