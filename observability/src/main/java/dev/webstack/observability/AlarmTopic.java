package dev.webstack.observability;

import com.pulumi.aws.kms.Alias;
import com.pulumi.aws.kms.AliasArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.aws.sns.Topic;
import com.pulumi.aws.sns.TopicArgs;
import com.pulumi.aws.sns.TopicPolicy;
import com.pulumi.aws.sns.TopicPolicyArgs;
import com.pulumi.aws.sns.TopicSubscription;
import com.pulumi.aws.sns.TopicSubscriptionArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import dev.webstack.kit.Children;
import dev.webstack.kit.iam.PolicyDocument.Statement;
import dev.webstack.kit.iam.PolicyDocument;
import dev.webstack.plan.hash.Sha256;
import java.util.ArrayList;
import java.util.function.UnaryOperator;

/**
 * The topic every alert goes through, encrypted with a customer-managed key whose policy lets
 * the publishers use it (with the AWS-managed SNS key their notifications are silently
 * dropped), and the people subscribed to it by email.
 *
 * <p>Each publisher has its own key statement because they accept different conditions. The
 * SNS developer guide (Key management, "Configuring AWS KMS permissions", compatibility between
 * event sources and encrypted topics, https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html)
 * says that adding aws:SourceAccount or aws:SourceArn to the KMS key policy is not supported for
 * EventBridge-to-encrypted-topic delivery (quoted in awslabs/landing-zone-accelerator-on-aws#407,
 * whose rules failed exactly so): an EventBridge statement with them makes every delivery fail.
 * EventBridge and Budgets are scoped instead by the encryption context SNS puts on the data keys
 * of one topic, {@code kms:EncryptionContext:aws:sns:topicArn} (AWS's own example for SNS SSE:
 * https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/queue-notification-sns-sse.html).
 */
final class AlarmTopic {

    static final String CLOUDWATCH = "cloudwatch.amazonaws.com";
    static final String EVENTBRIDGE = "events.amazonaws.com";
    static final String BUDGETS = "budgets.amazonaws.com";
    static final String TOPIC_CONTEXT = "kms:EncryptionContext:aws:sns:topicArn";

    /** Where a topic lives and who publishes to it besides CloudWatch and EventBridge. */
    record Placement(String logicalName, Output<String> region, boolean budgets, UnaryOperator<CustomResourceOptions.Builder> options) {

        /** The stack's own topic, in the stack's region, which the stack's budget also notifies. */
        static Placement regional(String logicalName, Output<String> region) {
            return new Placement(logicalName, region, true, o -> o);
        }
    }

    private AlarmTopic() {
    }

    static Topic create(Resource parent, Placement where, AlarmsArgs args, Output<String> account) {
        var name = where.logicalName();
        var naming = args.naming();
        var keep = args.safekeeping();
        var topicName = naming.physical("alarms");
        // The key policy is written before the topic exists: the ARN is the one SNS will give it.
        var topicArn = Output.tuple(where.region(), account).applyValue(t -> "arn:aws:sns:" + t.t1 + ":" + t.t2 + ":" + topicName);
        var key = new Key(name + "-key", KeyArgs.builder()
                .description("Encrypts " + naming.prefix() + "'s alarm topic; CloudWatch"
                        + (where.budgets() ? ", EventBridge and Budgets" : " and EventBridge") + " may use it to publish")
                .enableKeyRotation(true)
                .deletionWindowInDays(keep.protect() ? 30 : 7)
                .policy(Output.tuple(account, topicArn).applyValue(t -> keyPolicy(t.t1, t.t2, where.budgets())))
                .build(), Children.of(parent, o -> where.options().apply(keep.applyTo(o))));
        new Alias(name + "-key-alias", AliasArgs.builder()
                .name("alias/" + topicName)
                .targetKeyId(key.keyId())
                .build(), Children.of(parent, where.options()));

        var topic = new Topic(name + "-topic", TopicArgs.builder()
                .name(topicName)
                .kmsMasterKeyId(key.arn())
                .build(), Children.of(parent, where.options()));
        new TopicPolicy(name + "-topic-policy", TopicPolicyArgs.builder()
                .arn(topic.arn())
                .policy(Output.tuple(topic.arn(), account).applyValue(t -> topicPolicy(t.t1, t.t2, where.budgets())))
                .build(), Children.of(parent, where.options()));

        for (var email : args.settings().emails()) {
            new TopicSubscription(name + "-email-" + shortHash(email), TopicSubscriptionArgs.builder()
                    .topic(topic.arn())
                    .protocol("email")
                    .endpoint(email)
                    .build(), Children.of(parent, where.options()));
        }
        return topic;
    }

    /**
     * CloudWatch keeps aws:SourceAccount, which it supports; EventBridge and Budgets are held to
     * this one topic's data keys, without aws:Source* keys.
     */
    static String keyPolicy(String account, String topicArn, boolean budgets) {
        var statements = new ArrayList<Statement>();
        statements.add(Statement.keyAdministration(account));
        statements.add(Statement.allow("kms:GenerateDataKey", "kms:Decrypt").sid("CloudWatchAlarmsEncrypt")
                .principalService(CLOUDWATCH).on("*").when("StringEquals", "aws:SourceAccount", account).build());
        statements.add(Statement.allow("kms:GenerateDataKey", "kms:Decrypt").sid("EventBridgeRulesEncrypt")
                .principalService(EVENTBRIDGE).on("*").when("StringEquals", TOPIC_CONTEXT, topicArn).build());
        if (budgets) {
            // AWS Budgets' SNS page (https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-sns-policy.html)
            // gives the topic policy only; for the key, the SNS guide's event-source statement, held to this topic.
            statements.add(Statement.allow("kms:GenerateDataKey", "kms:Decrypt").sid("BudgetsEncrypt")
                    .principalService(BUDGETS).on("*").when("StringEquals", TOPIC_CONTEXT, topicArn).build());
        }
        return PolicyDocument.of(statements.toArray(Statement[]::new)).toJson();
    }

    /** Every publisher on behalf of this account only; Budgets as its page writes it; never without TLS. */
    static String topicPolicy(String topicArn, String account, boolean budgets) {
        var statements = new ArrayList<Statement>();
        statements.add(Statement.allow("sns:Publish").sid("CloudWatchAlarmsPublish").principalService(CLOUDWATCH).on(topicArn)
                .when("StringEquals", "aws:SourceAccount", account).build());
        statements.add(Statement.allow("sns:Publish").sid("EventBridgeRulesPublish").principalService(EVENTBRIDGE).on(topicArn)
                .when("StringEquals", "aws:SourceAccount", account).build());
        if (budgets) {
            statements.add(Statement.allow("sns:Publish").sid("BudgetsPublish").principalService(BUDGETS).on(topicArn)
                    .when("StringEquals", "aws:SourceAccount", account)
                    .when("ArnLike", "aws:SourceArn", "arn:aws:budgets::" + account + ":*").build());
        }
        statements.add(Statement.deny("sns:Publish").sid("DenyUnencryptedTransport").anyPrincipal().on(topicArn)
                .when("Bool", "aws:SecureTransport", "false").build());
        return PolicyDocument.of(statements.toArray(Statement[]::new)).toJson();
    }

    /** Logical names must not change when the list changes order, nor carry the address itself. */
    static String shortHash(String text) {
        return Sha256.hex(text, 8);
    }
}
