package dev.webstack.compute;

import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.resources.StackReference;
import dev.webstack.kit.Adopted;
import dev.webstack.kit.Doc;

/**
 * The image repository a stack's service pulls from: its own, or one adopted from another
 * stack (requirements R1.4: staging may use production's repository, images told apart by tag).
 */
public record RegistryContract(
        @Doc("where images are pushed and pulled, `<account>.dkr.ecr.<region>.amazonaws.com/<name>`")
        Output<String> repositoryUrl,
        @Doc("what the execution role may pull from") Output<String> repositoryArn) {

    public static final String REPOSITORY_URL = "registry.repositoryUrl";
    public static final String REPOSITORY_ARN = "registry.repositoryArn";

    /** The contract another stack exported, read back through a stack reference. */
    public static RegistryContract adopt(StackReference source) {
        return new RegistryContract(Adopted.text(source, REPOSITORY_URL), Adopted.text(source, REPOSITORY_ARN));
    }

    public void exportTo(Context context) {
        context.export(REPOSITORY_URL, repositoryUrl);
        context.export(REPOSITORY_ARN, repositoryArn);
    }
}
