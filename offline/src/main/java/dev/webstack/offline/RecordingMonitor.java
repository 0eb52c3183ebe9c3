package dev.webstack.offline;

import com.pulumi.resources.Resource;
import com.pulumi.test.internal.MockMonitor;
import com.pulumi.test.internal.PulumiTestInternal;
import dev.webstack.offline.catalog.MockCatalog;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.ResourceOptions;
import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.settings.ConfigSource;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import pulumirpc.Resource.ReadResourceRequest;
import pulumirpc.Resource.ReadResourceResponse;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;

/**
 * The SDK's mock monitor, recording every registration on its way through. Mocks only see
 * type, name, inputs and provider; the monitor also sees the parent, the resource options
 * ({@code protect}, {@code retainOnDelete}, ...) and which inputs are secret. See
 * docs/adr/0002-offline-engine-records-at-the-monitor.md.
 */
final class RecordingMonitor extends MockMonitor {

    private final Recorder recorder;
    private final MockCatalog catalog;

    RecordingMonitor(AwsMocks mocks, Recorder recorder) {
        super(mocks, PulumiTestInternal.mockLog());
        this.recorder = recorder;
        this.catalog = mocks.catalog();
    }

    @Override
    public CompletableFuture<RegisterResourceResponse> registerResourceAsync(Resource resource, RegisterResourceRequest request) {
        return super.registerResourceAsync(resource, request).thenApply(response -> {
            if (request.getType().equals(AwsTypes.PULUMI_STACK)) {
                recorder.stackUrn(response.getUrn());
            } else {
                recorder.add(record(request, response));
            }
            return response;
        });
    }

    /** Resources the program reads rather than creates: stack references. */
    @Override
    public CompletableFuture<ReadResourceResponse> readResourceAsync(Resource resource, ReadResourceRequest request) {
        return super.readResourceAsync(resource, request).thenApply(response -> {
            recorder.add(new PlannedResource(response.getUrn(), request.getType(), request.getName(),
                    recorder.parentOf(request.getParent()), request.getProvider().isEmpty() ? null : request.getProvider(),
                    request.getId(), ResourceOptions.NONE, List.of(), ProtoValues.read(request.getProperties()),
                    sortedCopy(ProtoValues.read(response.getProperties()))));
            return response;
        });
    }

    private PlannedResource record(RegisterResourceRequest request, RegisterResourceResponse response) {
        var inputs = ProtoValues.read(request.getObject());
        var outputs = new LinkedHashMap<>(ProtoValues.read(response.getObject()));
        // The engine keeps an output secret when its input was; so does the plan.
        ProtoValues.secretKeys(request.getObject()).forEach(key -> outputs.computeIfPresent(key, (k, v) -> ConfigSource.SECRET_PLACEHOLDER));
        catalog.secretOutputs(request.getType()).forEach(key -> outputs.computeIfPresent(key, (k, v) -> ConfigSource.SECRET_PLACEHOLDER));
        var options = new ResourceOptions(request.getProtect(), request.getRetainOnDelete(),
                request.getDeleteBeforeReplace(), request.getIgnoreChangesList(), AliasUrns.of(request, response.getUrn()),
                request.getReplaceOnChangesList());
        var id = response.getId().isEmpty() ? null : response.getId();
        var provider = request.getProvider().isEmpty() ? null : request.getProvider();
        var dependencies = request.getDependenciesList().stream().distinct().sorted().toList();
        return new PlannedResource(response.getUrn(), request.getType(), request.getName(),
                recorder.parentOf(request.getParent()), provider, id, options, dependencies, inputs, sortedCopy(outputs));
    }

    private static Map<String, Object> sortedCopy(Map<String, Object> map) {
        return Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
