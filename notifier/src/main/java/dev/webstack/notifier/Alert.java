package dev.webstack.notifier;

import java.util.List;

/**
 * A notification, read from whatever was published to the topic.
 *
 * @param severity the colour: trouble, recovery or information
 * @param title    one line: what and where
 * @param detail   why, as CloudWatch or ECS put it
 * @param link     where to look, in the console
 * @param fields   stack, state change, time
 */
record Alert(Severity severity, String title, String detail, String link, List<Field> fields) {

    enum Severity {
        TROUBLE(0xE74C3C), RECOVERED(0x2ECC71), INFORMATION(0x95A5A6);

        final int colour;

        Severity(int colour) {
            this.colour = colour;
        }
    }

    record Field(String name, String value) {
    }
}
