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
import javax.annotation.Nullable;

/**
 * The image repository: scanned on push, encrypted, images expiring by the lifecycle policy.
 * A stack either has one or adopts another stack's ({@code webstack:registry.fromStack}).
 */
public final class Registry extends ComponentResource {

    public static final String TYPE = "webstack:compute:Registry";

    private final RegistryContract contract;


    public Registry(String name, SettingsArgs<RegistrySettings> args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        var keep = args.safekeeping();
        // MUTABLE because {env}-latest moves with each release; see docs/adr/0007-image-tags.md.
        var repository = new Repository(name + "-repository", RepositoryArgs.builder()
                .name(args.naming().prefix())
                .imageTagMutability("MUTABLE")
                .imageScanningConfiguration(RepositoryImageScanningConfigurationArgs.builder().scanOnPush(true).build())
                .encryptionConfigurations(RepositoryEncryptionConfigurationArgs.builder().encryptionType("AES256").build())
                .forceDelete(keep.emptyOnDelete())
                .build(), Children.of(this, keep::applyTo));
        new LifecyclePolicy(name + "-repository-lifecycle", LifecyclePolicyArgs.builder()
                .repository(repository.name())
                .policy(RegistryLifecycle.policy(args.settings()))
                .build(), Children.of(this));
        this.contract = new RegistryContract(repository.repositoryUrl(), repository.arn());

        var outputs = new LinkedHashMap<String, Output<?>>();
        outputs.put("repositoryUrl", contract.repositoryUrl());
        registerOutputs(outputs);
    }

    public RegistryContract contract() {
        return contract;
    }
}
