package dev.webstack.offline;

/**
 * The stack an offline run pretends to be: names as Pulumi would give them, and the region
 * the mocks answer for.
 */
public record StackTarget(String project, String stack, String environment, String region) {
}
