package dev.webstack.offline;

import java.util.List;

/** The program failed under the offline engine; the message lists every error it reported. */
public final class OfflineRunException extends RuntimeException {

    OfflineRunException(String stack, List<String> errors, Throwable firstCause) {
        super("the program failed for stack '" + stack + "':\n  - " + String.join("\n  - ", errors), firstCause);
    }
}
