package dev.webstack.cli;

import dev.webstack.offline.OfflineEngine;
import dev.webstack.offline.StackTarget;
import dev.webstack.plan.Plan;
import dev.webstack.program.WebstackProgram;
import dev.webstack.settings.StackFileConfigSource;
import dev.webstack.settings.StackSettings;
import dev.webstack.settings.StackSettingsLoader;
import java.util.LinkedHashSet;

/**
 * A stack's plan without the cloud: the stack file read and validated exactly as
 * {@code pulumi up} would, then the real program run under the offline engine.
 */
public final class OfflinePlanner {

    private OfflinePlanner() {
    }

    public static StackSettings settings(ProjectDirectory project, String stack) {
        var source = StackFileConfigSource.load(project.path(), stack);
        return StackSettingsLoader.load(source, project.projectName());
    }

    public static Plan plan(ProjectDirectory project, String stack) {
        return plan(project, settings(project, stack));
    }

    /** The plan of settings read from the project's stack file; stacks it adopts from are planned first. */
    public static Plan plan(ProjectDirectory project, StackSettings settings) {
        return plan(project, settings, new LinkedHashSet<>());
    }

    static Plan plan(ProjectDirectory project, StackSettings settings, LinkedHashSet<String> planning) {
        var identity = settings.identity();
        var adopting = new LinkedHashSet<>(planning);
        adopting.add(identity.stack());
        var adopted = AdoptedStacks.resolve(project, settings, adopting);
        var target = new StackTarget(identity.project(), identity.stack(), identity.environment().id(), identity.region());
        var plan = OfflineEngine.run(target, adopted.outputs(), context -> WebstackProgram.define(context, settings));
        var tradeOffs = TradeOffs.taken(settings);
        return plan.withTradeOffs(tradeOffs).withWarnings(TradeOffs.warnings(settings, tradeOffs))
                .withAlerting(AlertRoutes.of(settings)).withWarnings(AlertRoutes.warnings(settings))
                .withWarnings(adopted.warnings());
    }
}
