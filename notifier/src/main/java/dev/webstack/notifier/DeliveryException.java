package dev.webstack.notifier;

/**
 * A notification could not be delivered. Thrown out of the handler so that Lambda retries the
 * asynchronous invocation SNS made, and the failure shows in the function's logs and errors.
 */
final class DeliveryException extends RuntimeException {

    DeliveryException(String message) {
        super(message);
    }

    DeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
