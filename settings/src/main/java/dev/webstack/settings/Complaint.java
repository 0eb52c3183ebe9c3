package dev.webstack.settings;

/** What a check found wrong with a value, and the fix; the reader adds the key and the value. */
public record Complaint(String what, String fix) {
}
