package dev.webstack.program;

import dev.webstack.core.config.StackFileConfigSource;
import dev.webstack.core.offline.OfflineEngine;
import dev.webstack.core.offline.StackTarget;
import dev.webstack.core.plan.Plan;
import dev.webstack.core.settings.StackSettings;
import dev.webstack.core.settings.StackSettingsLoader;

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
        return plan(settings(project, stack));
    }

    public static Plan plan(StackSettings settings) {
        var identity = settings.identity();
        var target = new StackTarget(identity.project(), identity.stack(), identity.environment().id(), identity.region());
        var plan = OfflineEngine.run(target, context -> WebstackProgram.define(context, settings));
        return plan.withWarnings(TradeOffs.of(settings));
    }
}
