package dev.webstack.offline;

import dev.webstack.offline.aws.AlertingMocks;
import dev.webstack.offline.aws.CloudFrontMocks;
import dev.webstack.offline.aws.CloudWatchMocks;
import dev.webstack.offline.aws.DnsMocks;
import dev.webstack.offline.aws.Ec2Mocks;
import dev.webstack.offline.aws.EcsMocks;
import dev.webstack.offline.aws.ElbMocks;
import dev.webstack.offline.aws.GlobalMocks;
import dev.webstack.offline.aws.IamMocks;
import dev.webstack.offline.aws.RdsMocks;
import dev.webstack.offline.aws.S3Mocks;
import dev.webstack.offline.aws.SchedulerMocks;
import dev.webstack.offline.aws.AuditMocks;
import dev.webstack.offline.aws.SecretsMocks;
import dev.webstack.offline.aws.WafMocks;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every resource type and invoke the offline engine can answer for. Anything else fails
 * loudly: a program that starts using a new AWS resource or data source must teach the
 * engine how AWS behaves for it, instead of silently planning with nulls.
 */
public final class MockCatalog {

    private final Map<String, ResourceBehavior> resources = new HashMap<>();
    private final Map<String, Set<String>> secretOutputs = new HashMap<>();
    private final Map<String, InvokeHandler> invokes = new HashMap<>();

    /** The catalog of AWS behaviours webstack's program needs. */
    public static MockCatalog aws() {
        var catalog = new MockCatalog();
        GlobalMocks.register(catalog);
        Ec2Mocks.register(catalog);
        IamMocks.register(catalog);
        CloudWatchMocks.register(catalog);
        RdsMocks.register(catalog);
        S3Mocks.register(catalog);
        SecretsMocks.register(catalog);
        ElbMocks.register(catalog);
        CloudFrontMocks.register(catalog);
        WafMocks.register(catalog);
        DnsMocks.register(catalog);
        EcsMocks.register(catalog);
        AlertingMocks.register(catalog);
        SchedulerMocks.register(catalog);
        AuditMocks.register(catalog);
        return catalog;
    }

    public MockCatalog resource(String type, ResourceBehavior behavior) {
        if (resources.putIfAbsent(type, behavior) != null) {
            throw new IllegalStateException(type + " is registered twice");
        }
        return this;
    }

    /** Outputs AWS returns as secrets (e.g. an access key's secret); the plan masks them. */
    public MockCatalog secretOutputs(String type, String... keys) {
        secretOutputs.computeIfAbsent(type, k -> new TreeSet<>()).addAll(Set.of(keys));
        return this;
    }

    public MockCatalog invoke(String token, InvokeHandler handler) {
        if (invokes.putIfAbsent(token, handler) != null) {
            throw new IllegalStateException(token + " is registered twice");
        }
        return this;
    }

    Optional<ResourceBehavior> resource(String type) {
        return Optional.ofNullable(resources.get(type));
    }

    Set<String> secretOutputs(String type) {
        return secretOutputs.getOrDefault(type, Set.of());
    }

    Optional<InvokeHandler> invoke(String token) {
        return Optional.ofNullable(invokes.get(token));
    }

    public Set<String> resourceTypes() {
        return new TreeSet<>(resources.keySet());
    }
}
