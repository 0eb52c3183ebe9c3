/**
 * What tells people something is wrong: the {@code Alarms} component (KMS-encrypted SNS
 * topic, its subscriptions and notification forwarder, the CloudWatch alarms and the
 * dashboard), as requirements R4.1 and R4.2 ask; the {@code SpendBudget} on actual spend
 * (R7.1) that alerts the same topic; and the {@code AuditTrail} that records the account's
 * API calls (R4.4).
 */
package dev.webstack.observability;
