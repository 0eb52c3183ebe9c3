package dev.webstack.observability;

import com.pulumi.asset.FileArchive;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.lambda.Function;
import com.pulumi.aws.lambda.FunctionArgs;
import com.pulumi.aws.lambda.FunctionEventInvokeConfig;
import com.pulumi.aws.lambda.FunctionEventInvokeConfigArgs;
import com.pulumi.aws.lambda.Permission;
import com.pulumi.aws.lambda.PermissionArgs;
import com.pulumi.aws.lambda.inputs.FunctionEnvironmentArgs;
import com.pulumi.aws.lambda.inputs.FunctionEventInvokeConfigDestinationConfigArgs;
import com.pulumi.aws.lambda.inputs.FunctionEventInvokeConfigDestinationConfigOnFailureArgs;
import com.pulumi.aws.secretsmanager.Secret;
import com.pulumi.aws.secretsmanager.SecretArgs;
import com.pulumi.aws.sns.Topic;
import com.pulumi.aws.sns.TopicSubscription;
import com.pulumi.aws.sns.TopicSubscriptionArgs;
import com.pulumi.aws.sqs.Queue;
import com.pulumi.aws.sqs.QueueArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.function.UnaryOperator;
import dev.webstack.kit.Children;
import dev.webstack.kit.iam.PolicyDocument.Statement;
import dev.webstack.kit.iam.PolicyDocument;
import dev.webstack.kit.naming.NameLimit;
import java.util.List;
import java.util.Map;

/**
 * SNS to Discord (requirements R4.2): a Java function subscribed to the topic posts each notification
 * to the webhook whose URL is in an (initially empty) Secrets Manager secret. A notification it
 * could not deliver after Lambda's retries is kept in an encrypted queue, which an alarm watches
 * (ADR 0012). Its role can write its own log group, read that one secret and send to that queue,
 * nothing else.
 */
final class DiscordForwarder {

    static final String HANDLER = "dev.webstack.notifier.Handler::handleRequest";
    /**
     * Amazon Linux 2023. java17 runs on Amazon Linux 2, whose end of life is 30 June 2026 ("Lambda
     * runtimes", https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html).
     */
    static final String RUNTIME = "java21";
    static final int MEMORY_MB = 512;
    static final int TIMEOUT_SECONDS = 20;
    /** SNS invokes the function asynchronously; Lambda retries a failed event twice (the most it allows) before the destination. */
    static final int RETRIES = 2;
    /** The longest SQS keeps a message: two weeks to notice, read and redrive a lost notification. */
    static final int FAILED_RETENTION_SECONDS = 14 * 24 * 3600;

    /** The function, for other topics to subscribe, and the queue the alarm on lost notifications watches. */
    record Forwarder(Function function, Output<String> queueName) {
    }

    private DiscordForwarder() {
    }

    static Forwarder subscribe(Resource parent, String name, AlarmsArgs args, Topic topic, Output<String> account) {
        var naming = args.naming();
        var functionName = naming.physical("alarm-forwarder");
        var secretName = naming.prefix() + "/alarms-discord-webhook";
        var webhook = new Secret(name + "-discord-webhook", SecretArgs.builder()
                .name(secretName)
                .description("Discord webhook URL the alarm forwarder posts to. Created empty by webstack; set it with "
                        + "aws secretsmanager put-secret-value --secret-id " + secretName + " --secret-string https://discord.com/api/webhooks/...")
                .recoveryWindowInDays(args.secretRecoveryWindowDays())
                .build(), Children.of(parent, args.safekeeping()::applyTo));
        // Lambda would create this group with no expiry on the first invocation.
        var logs = new LogGroup(name + "-forwarder-logs", LogGroupArgs.builder()
                .name("/aws/lambda/" + functionName)
                .retentionInDays(args.settings().forwarderLogRetentionDays())
                .build(), Children.of(parent));
        // Encrypted with SQS-managed keys (SSE-SQS): the records hold alarm text, and with an
        // SQS-managed key the sender needs no KMS grant.
        var failed = new Queue(name + "-forwarder-failed", QueueArgs.builder()
                .name(naming.physical("alarm-forwarder-failed"))
                .sqsManagedSseEnabled(true)
                .messageRetentionSeconds(FAILED_RETENTION_SECONDS)
                .build(), Children.of(parent));
        var role = new Role(name + "-forwarder-role", RoleArgs.builder()
                .name(naming.physical("alarm-forwarder", NameLimit.IAM_ROLE))
                .description("The alarm forwarder: its own logs, the webhook secret and its failure queue only")
                .assumeRolePolicy(account.applyValue(id -> PolicyDocument.of(Statement.assumedBy("lambda.amazonaws.com", id)).toJson()))
                .build(), Children.of(parent));
        var policy = new RolePolicy(name + "-forwarder-policy", RolePolicyArgs.builder()
                .role(role.id())
                .name("forward-alarms")
                .policy(Output.tuple(logs.arn(), webhook.arn(), failed.arn()).applyValue(t -> PolicyDocument.of(
                        Statement.allow("logs:CreateLogStream", "logs:PutLogEvents").sid("WriteOwnLogs").on(t.t1 + ":*").build(),
                        Statement.allow("secretsmanager:GetSecretValue").sid("ReadWebhookSecret").on(t.t2).build(),
                        // Lambda sends the on-failure record with the function's execution role: without this the
                        // destination is refused (InvalidParameterValueException) or, if revoked later, records are
                        // lost and counted only in DestinationDeliveryFailures ("Capturing records of Lambda
                        // asynchronous invocations", https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html).
                        Statement.allow("sqs:SendMessage").sid("KeepFailedNotifications").on(t.t3).build()).toJson()))
                .build(), Children.of(parent));
        var function = new Function(name + "-forwarder", FunctionArgs.builder()
                .name(functionName)
                .description("Forwards this stack's alarm notifications to Discord")
                .runtime(RUNTIME)
                .architectures("arm64")
                .handler(HANDLER)
                .code(new FileArchive(args.forwarderCode()))
                .memorySize(MEMORY_MB)
                .timeout(TIMEOUT_SECONDS)
                .role(role.arn())
                .environment(FunctionEnvironmentArgs.builder()
                        .variables(webhook.arn().applyValue(arn -> Map.of("WEBHOOK_SECRET_ARN", arn, "STACK", naming.prefix())))
                        .build())
                .build(), Children.of(parent, o -> o.dependsOn(List.of(logs, policy))));
        new FunctionEventInvokeConfig(name + "-forwarder-on-failure", FunctionEventInvokeConfigArgs.builder()
                .functionName(function.name())
                .maximumRetryAttempts(RETRIES)
                .destinationConfig(FunctionEventInvokeConfigDestinationConfigArgs.builder()
                        .onFailure(FunctionEventInvokeConfigDestinationConfigOnFailureArgs.builder().destination(failed.arn()).build())
                        .build())
                .build(), Children.of(parent, o -> o.dependsOn(policy)));
        var forwarder = new Forwarder(function, failed.name());
        subscribeTo(parent, name, forwarder, topic, o -> o);
        return forwarder;
    }

    /**
     * Lets a topic invoke the forwarder. The subscription belongs to the topic's Region, which may
     * be another than the function's: SNS delivers across Regions to Lambda, the subscription
     * made where the topic is ("Sending Amazon SNS messages to an Amazon SQS queue or AWS Lambda
     * function in a different Region", SNS Developer Guide), but not from a Region enabled by
     * default into an opt-in one ("Prerequisites for integrating Amazon SNS with Lambda functions
     * across regions").
     */
    static void subscribeTo(Resource parent, String name, Forwarder forwarder, Topic topic,
                            UnaryOperator<CustomResourceOptions.Builder> topicRegion) {
        var permission = new Permission(name + "-forwarder-invoke", PermissionArgs.builder()
                .function(forwarder.function().name())
                .action("lambda:InvokeFunction")
                .principal("sns.amazonaws.com")
                .sourceArn(topic.arn())
                .build(), Children.of(parent));
        new TopicSubscription(name + "-forwarder-subscription", TopicSubscriptionArgs.builder()
                .topic(topic.arn())
                .protocol("lambda")
                .endpoint(forwarder.function().arn())
                .build(), Children.of(parent, o -> topicRegion.apply(o).dependsOn(permission)));
    }
}
