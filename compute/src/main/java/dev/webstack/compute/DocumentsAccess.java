package dev.webstack.compute;

import com.pulumi.core.Output;
import java.util.Map;
import java.util.Optional;

/**
 * The documents bucket the task role may read and write, and, with the static-key opt-in, the
 * SSM parameters its key is injected from (environment variable name to parameter ARN).
 */
public record DocumentsAccess(Output<String> bucketName, Output<String> bucketArn,
                              Optional<Output<Map<String, String>>> accessKeyParameters) {
}
