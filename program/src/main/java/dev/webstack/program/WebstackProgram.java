package dev.webstack.program;

import com.pulumi.Context;
import com.pulumi.core.Output;
import dev.webstack.core.component.StackProvider;
import dev.webstack.core.naming.Naming;
import dev.webstack.core.settings.StackSettings;
import dev.webstack.network.Network;
import dev.webstack.network.NetworkArgs;

/**
 * The stack: settings in, components wired output to input, contracts exported. Runs
 * unchanged under {@code pulumi up} and under the offline engine.
 */
public final class WebstackProgram {

    /** Stack outputs that describe the stack itself, for scripts that act on it. */
    public static final String ENVIRONMENT_OUTPUT = "stack.environment";
    public static final String REGION_OUTPUT = "stack.region";
    public static final String NAME_PREFIX_OUTPUT = "stack.namePrefix";

    /** Port PostgreSQL listens on; not a setting because nothing gains from changing it. */
    public static final int DATABASE_PORT = 5432;

    private WebstackProgram() {
    }

    public static void define(Context context, StackSettings settings) {
        var identity = settings.identity();
        var naming = Naming.of(identity);
        var inStack = StackProvider.create(identity);

        var network = new Network("main", NetworkArgs.builder()
                .naming(naming)
                .cidr(settings.network().cidr())
                .azCount(settings.network().azCount())
                .flowLogRetentionDays(settings.network().flowLogRetentionDays())
                .flowLogTraffic(settings.network().flowLogTraffic())
                .appPort(settings.service().containerPort())
                .entryPort(EntryPoint.originPort(settings))
                .databasePort(DATABASE_PORT)
                .build(), inStack);

        network.contract().exportTo(context);
        context.export(ENVIRONMENT_OUTPUT, Output.of(identity.environment().id()));
        context.export(REGION_OUTPUT, Output.of(identity.region()));
        context.export(NAME_PREFIX_OUTPUT, Output.of(naming.prefix()));
    }
}
