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
import com.pulumi.resources.Resource;
import dev.webstack.kit.Children;
import dev.webstack.kit.iam.PolicyDocument;
import dev.webstack.kit.iam.PolicyDocument.Statement;
import dev.webstack.plan.hash.Sha256;

/**
 * The topic every alert goes through, encrypted with a customer-managed key whose policy lets
 * the publishers use it (with the AWS-managed SNS key their notifications are silently
 * dropped), and the people subscribed to it by email.
 */
final class AlarmTopic {

    private AlarmTopic() {
    }

    static Topic create(Resource parent, String name, AlarmsArgs args, Output<String> account) {
        var naming = args.naming();
        var keep = args.safekeeping();
        var key = new Key(name + "-key", KeyArgs.builder()
                .description("Encrypts " + naming.prefix() + "'s alarm topic; CloudWatch and EventBridge may use it to publish")
                .enableKeyRotation(true)
                .deletionWindowInDays(keep.protect() ? 30 : 7)
                .policy(account.applyValue(id -> PolicyDocument.of(
                        Statement.keyAdministration(id),
                        Statement.allow("kms:GenerateDataKey", "kms:Decrypt").sid("AlarmPublishersEncrypt")
                                .principalService("cloudwatch.amazonaws.com")
                                .principalService("events.amazonaws.com")
                                .on("*")
                                .when("StringEquals", "aws:SourceAccount", id)
                                .build()).toJson()))
                .build(), Children.of(parent, keep::applyTo));
        new Alias(name + "-key-alias", AliasArgs.builder()
                .name("alias/" + naming.physical("alarms"))
                .targetKeyId(key.keyId())
                .build(), Children.of(parent));

        var topic = new Topic(name + "-topic", TopicArgs.builder()
                .name(naming.physical("alarms"))
                .kmsMasterKeyId(key.arn())
                .build(), Children.of(parent));
        new TopicPolicy(name + "-topic-policy", TopicPolicyArgs.builder()
                .arn(topic.arn())
                .policy(Output.tuple(topic.arn(), account).applyValue(t -> PolicyDocument.of(
                        Statement.allow("sns:Publish").sid("AlarmsAndEventsPublish")
                                .principalService("cloudwatch.amazonaws.com")
                                .principalService("events.amazonaws.com")
                                .on(t.t1)
                                .when("StringEquals", "aws:SourceAccount", t.t2)
                                .build(),
                        Statement.deny("sns:Publish").sid("DenyUnencryptedTransport").anyPrincipal().on(t.t1)
                                .when("Bool", "aws:SecureTransport", "false").build()).toJson()))
                .build(), Children.of(parent));

        for (var email : args.settings().emails()) {
            new TopicSubscription(name + "-email-" + shortHash(email), TopicSubscriptionArgs.builder()
                    .topic(topic.arn())
                    .protocol("email")
                    .endpoint(email)
                    .build(), Children.of(parent));
        }
        return topic;
    }

    /** Logical names must not change when the list changes order, nor carry the address itself. */
    static String shortHash(String text) {
        return Sha256.hex(text, 8);
    }
}
