package dev.webstack.compute;

import com.pulumi.aws.ecr.LifecyclePolicy;
import com.pulumi.aws.ecr.LifecyclePolicyArgs;
import com.pulumi.aws.ecr.Repository;
import com.pulumi.aws.ecr.RepositoryArgs;
import com.pulumi.aws.ecr.inputs.RepositoryEncryptionConfigurationArgs;
import com.pulumi.aws.ecr.inputs.RepositoryImageScanningConfigurationArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import dev.webstack.kit.Children;
import dev.webstack.kit.SettingsArgs;
import dev.webstack.settings.RegistrySettings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The image repositories a stack holds, scanned on push, encrypted, images expiring by the lifecycle
 * policy: its own, and one for each stack in {@code webstack:registry.sharedWith} (ADR 0025), which that
 * stack adopts ({@code webstack:registry.fromStack}) and alone releases to.
 */
public final class Registry extends ComponentResource {

    public static final String TYPE = "webstack:compute:Registry";

    private final RegistryContract contract;

    public Registry(String name, SettingsArgs<RegistrySettings> args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        var settings = args.settings();
        var prefix = args.naming().prefix();
        // Logical and physical names of the stack's own repository as before sharing existed: an update keeps it.
        var own = repository(name + "-repository", prefix, args, Optional.of(settings.runningTag()));
        var repositories = new LinkedHashMap<String, Output<Map<String, String>>>();
        repositories.put(settings.stack(), entry(own));
        for (var stack : settings.sharedWith()) {
            // A namespace of the owner's prefix: ECR names allow '/' (CreateRepository, repositoryName), and no
            // stack's own repository has one, so the owner's deploy role is granted `<prefix>/*` and nothing else's.
            var held = repository(name + "-repository-" + stack, prefix + "/" + stack, args, Optional.empty());
            repositories.put(stack, entry(held));
        }
        this.contract = new RegistryContract(own.repositoryUrl(), own.arn(), Output.all(repositories.values().stream().toList())
                .applyValue(entries -> {
                    var byStack = new LinkedHashMap<String, Map<String, String>>();
                    var keys = repositories.keySet().iterator();
                    entries.forEach(entry -> byStack.put(keys.next(), entry));
                    return Map.copyOf(byStack);
                }));

        var outputs = new LinkedHashMap<String, Output<?>>();
        outputs.put("repositoryUrl", contract.repositoryUrl());
        registerOutputs(outputs);
    }

    private Repository repository(String logicalName, String physicalName, SettingsArgs<RegistrySettings> args,
                                  Optional<String> runningTag) {
        var keep = args.safekeeping();
        // MUTABLE because {stack}-latest moves with each release; see docs/adr/0007-image-tags.md.
        var repository = new Repository(logicalName, RepositoryArgs.builder()
                .name(physicalName)
                .imageTagMutability("MUTABLE")
                .imageScanningConfiguration(RepositoryImageScanningConfigurationArgs.builder().scanOnPush(true).build())
                .encryptionConfigurations(RepositoryEncryptionConfigurationArgs.builder().encryptionType("AES256").build())
                .forceDelete(keep.emptyOnDelete())
                .build(), Children.of(this, keep::applyTo));
        new LifecyclePolicy(logicalName + "-lifecycle", LifecyclePolicyArgs.builder()
                .repository(repository.name())
                .policy(RegistryLifecycle.policy(args.settings(), runningTag))
                .build(), Children.of(this));
        return repository;
    }

    private static Output<Map<String, String>> entry(Repository repository) {
        return Output.tuple(repository.repositoryUrl(), repository.arn())
                .applyValue(t -> Map.of(RegistryContract.URL, t.t1, RegistryContract.ARN, t.t2));
    }

    public RegistryContract contract() {
        return contract;
    }
}
