package dev.webstack.notifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * The Lambda entry point ({@code dev.webstack.notifier.Handler::handleRequest}): reads the SNS
 * event, forwards it. Configuration comes from the function's environment: the webhook
 * secret's ARN (never the URL itself) and the stack's name.
 */
public final class Handler {

    static final String SECRET_VARIABLE = "WEBHOOK_SECRET_ARN";
    static final String STACK_VARIABLE = "STACK";

    private Forwarder forwarder;

    public void handleRequest(InputStream input, OutputStream output) throws IOException {
        if (forwarder == null) {
            var environment = System.getenv();
            var http = Http.jdk();
            var secrets = new SecretsManager(http, SigV4.Credentials.fromEnvironment(environment), Clock.systemUTC());
            var arn = environment.get(SECRET_VARIABLE);
            forwarder = new Forwarder(http, () -> secrets.secretString(arn), environment.getOrDefault(STACK_VARIABLE, "unknown stack"));
        }
        var delivered = forwarder.handle(new String(input.readAllBytes(), StandardCharsets.UTF_8));
        output.write(("{\"delivered\":" + delivered + "}").getBytes(StandardCharsets.UTF_8));
    }
}
