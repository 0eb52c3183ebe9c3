package dev.webstack.observability;

import com.pulumi.aws.Provider;
import dev.webstack.settings.OffHours;
import java.util.Optional;

/**
 * The site as its users reach it, for the Route 53 health check: its custom domain, the path
 * the application answers health checks on, the stack's us-east-1 provider (Route 53 publishes
 * health-check metrics there only, and an alarm notifies topics of its own region only), and
 * the off-hours schedule whose nights the check's alarm must sleep through.
 *
 * @param domain          the public host name, e.g. app.example.com ({@code edge.domain})
 * @param healthCheckPath the path probed over HTTPS ({@code service.healthCheckPath})
 * @param globalProvider  the stack's provider in us-east-1
 * @param offHours        the off-hours schedule, where the stack sleeps
 */
public record PublicEndpoint(String domain, String healthCheckPath, Provider globalProvider, Optional<OffHours> offHours) {
}
