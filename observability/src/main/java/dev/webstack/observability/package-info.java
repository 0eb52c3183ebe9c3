/**
 * What tells people something is wrong: the {@code Alarms} component (KMS-encrypted SNS
 * topic, its subscriptions and notification forwarder, the CloudWatch alarms and the
 * dashboard), as requirements R4.1 and R4.2 ask.
 */
package dev.webstack.observability;
