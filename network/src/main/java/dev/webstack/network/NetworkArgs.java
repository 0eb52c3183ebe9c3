package dev.webstack.network;

import dev.webstack.kit.ArgsCheck;
import dev.webstack.kit.naming.Naming;
import dev.webstack.settings.NetworkSettings;

/**
 * What a {@link Network} is built from: its settings section, validated by the settings
 * loader (webstack:network.*, defaults in docs/configuration.md), and the ports and lock the
 * security groups are cut around.
 *
 * @param naming       physical names and Name tags, {@code <app>-<stack>-...}
 * @param settings     the VPC's range, zones and flow logs
 * @param appPort      the port the application listens on: the only port the load balancer may reach tasks on
 * @param entryPort    the load balancer port CloudFront connects to: 80, or 443 with a custom domain
 * @param originLock   whether only CloudFront's origin-facing addresses reach the load balancer; off, any address does
 * @param databasePort the only port tasks may reach the database on
 */
public record NetworkArgs(Naming naming, NetworkSettings settings, int appPort, int entryPort, boolean originLock,
                          int databasePort) {

    public NetworkArgs {
        var check = ArgsCheck.of(NetworkArgs.class);
        check.required("naming", naming);
        check.required("settings", settings);
        check.orThrow();
    }
}
