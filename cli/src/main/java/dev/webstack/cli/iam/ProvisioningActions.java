package dev.webstack.cli.iam;

import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The table of what {@code pulumi up} calls for each resource type, and on which ARN
 * (resources iam/provisioning-actions.json, with its sources): the deploy role's expectations,
 * kept apart from {@code DeployGrants} so that the check compares two independent lists.
 */
final class ProvisioningActions {

    /**
     * One row: these actions, authorised on the ARN the template names. {@code create}: calls made while
     * the resource is being created, when it has no tags yet (only the request carries them).
     */
    record Row(String on, List<String> actions, boolean boundary, Optional<String> policyArn, boolean create) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z.]+)}");
    private final Map<String, Object> types;

    private ProvisioningActions(Map<String, Object> types) {
        this.types = types;
    }

    @SuppressWarnings("unchecked")
    static ProvisioningActions load() {
        try (var in = ProvisioningActions.class.getResourceAsStream("/iam/provisioning-actions.json")) {
            var table = Json.parseObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return new ProvisioningActions((Map<String, Object>) table.get("types"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean knows(String type) {
        return types.containsKey(type);
    }

    @SuppressWarnings("unchecked")
    List<Row> rows(String type) {
        return ((List<Map<String, Object>>) types.getOrDefault(type, List.of())).stream()
                .map(r -> new Row((String) r.get("on"), (List<String>) r.get("actions"), Boolean.TRUE.equals(r.get("boundary")),
                        Optional.ofNullable((String) r.get("policyArn")), Boolean.TRUE.equals(r.get("create")))).toList();
    }

    /** The template with the resource's values; empty when the resource lacks one of them. */
    static Optional<String> fill(String template, PlannedResource resource, Map<String, String> extra) {
        var matcher = PLACEHOLDER.matcher(template);
        var out = new StringBuilder();
        while (matcher.find()) {
            var key = matcher.group(1);
            Optional<String> value;
            if (extra.containsKey(key)) {
                value = Optional.of(extra.get(key));
            } else if (key.equals("arn")) {
                value = resource.output("arn").map(String::valueOf);
            } else if (key.equals("id")) {
                value = Optional.ofNullable(resource.id());
            } else if (key.startsWith("in.")) {
                value = resource.input(key.substring(3)).map(String::valueOf);
            } else {
                value = Optional.empty();
            }
            if (value.isEmpty()) {
                return Optional.empty();
            }
            matcher.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value.get()));
        }
        matcher.appendTail(out);
        return Optional.of(out.toString());
    }
}
