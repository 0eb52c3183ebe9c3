package dev.webstack.plan.aws;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which IAM actions read only metadata. A read-only role may Describe, List and Get, except the
 * Get actions that return data rather than its description: the policy builder refuses such
 * grants, the guardrails refuse roles that hold them.
 */
public final class MetadataReads {

    /** Get actions that return data rather than its description. */
    public static final List<String> DATA_READS = List.of("s3:GetObject", "s3:GetObjectVersion", "secretsmanager:GetSecretValue",
            "ssm:GetParameter", "ssm:GetParameters", "ssm:GetParametersByPath", "logs:GetLogEvents", "logs:GetQueryResults",
            "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage", "kms:GetParametersForImport",
            "dynamodb:GetItem", "sqs:ReceiveMessage",
            // AWS WAF: sampled requests carry request headers and client addresses; the API key calls return key values
            // (Service Authorization Reference, AWS WAF V2: GetSampledRequests, GetDecryptedAPIKey, ListAPIKeys).
            "wafv2:GetSampledRequests", "wafv2:GetDecryptedAPIKey", "wafv2:ListAPIKeys");

    private static final String READ_PATTERN = "[a-z0-9-]+:(Describe|List|Get)[A-Za-z]*\\*?";

    /**
     * Reads of a description named otherwise than Describe, List or Get: budgets:ViewBudget returns a
     * budget's definition (Service Authorization Reference, AWS Budget Service: access level Read).
     */
    public static final List<String> NAMED_METADATA_READS = List.of("budgets:ViewBudget");

    private MetadataReads() {
    }

    /** A service's Describe, List or Get action or pattern ("ec2:Describe*"), whatever it reads. */
    public static boolean isReadPattern(String action) {
        return action.matches(READ_PATTERN);
    }

    /** The data-reading action this pattern would also allow, if any. */
    public static Optional<String> dataReadIn(String pattern) {
        return DATA_READS.stream().filter(data -> matches(pattern, data)).findFirst();
    }

    /** A Describe, List or Get action or pattern that reads no data. */
    public static boolean isMetadataRead(String action) {
        return NAMED_METADATA_READS.contains(action) || isReadPattern(action) && dataReadIn(action).isEmpty();
    }

    /** Whether an IAM action pattern (wildcards {@code *}, case-insensitive) matches an action. */
    public static boolean matches(String pattern, String action) {
        return action.toLowerCase(Locale.ROOT).matches(
                pattern.toLowerCase(Locale.ROOT).replace(".", "\\.").replace("*", ".*"));
    }
}
