package dev.webstack.compute;

import com.pulumi.core.Output;

/**
 * Where the tasks find the database: plain address, port and name, and the RDS-managed secret
 * whose {@code username} and {@code password} keys are injected as secrets.
 */
public record DatabaseConnection(Output<String> address, Output<Integer> port, Output<String> name,
                                 Output<String> masterSecretArn) {
}
