/**
 * What tells people something is wrong: the {@code Alarms} component (KMS-encrypted SNS
 * topic, its subscriptions and notification forwarder, the CloudWatch alarms and the
 * dashboard). Filled by issue 6.
 */
package dev.webstack.observability;
