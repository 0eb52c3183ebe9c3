package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.guardrails.Guardrails;
import dev.webstack.plan.Plan;
import dev.webstack.plan.aws.AwsTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GIVEN the repository's stack files with a custom domain (and a deploy repository), WHEN the
 * real program plans them, THEN Route 53 probes the site, an alarm in us-east-1 (where Route 53
 * publishes its metrics) tells the same people, the deploy role may manage all of it, and no
 * guardrail objects. The committed stack files have no domain.
 */
class SiteHealthCheckWiringTest {

    static final String DOMAIN = "shop.example.com";

    /** What a domain adds in us-east-1 beside CloudFront's certificate: the site alarm, its topic and key, and its schedules. */
    static final Set<String> SITE_ALARM_TYPES = Set.of(AwsTypes.CLOUDWATCH_METRIC_ALARM, AwsTypes.SNS_TOPIC, AwsTypes.SNS_TOPIC_POLICY,
            AwsTypes.SNS_TOPIC_SUBSCRIPTION, AwsTypes.KMS_KEY, AwsTypes.KMS_ALIAS, AwsTypes.SCHEDULER_SCHEDULE);

    private static Plan plan(Path dir, String stack) throws IOException {
        var repository = ProjectDirectory.find(Path.of("")).path();
        Files.copy(repository.resolve("Pulumi.yaml"), dir.resolve("Pulumi.yaml"));
        Files.writeString(dir.resolve("Pulumi." + stack + ".yaml"), Files.readString(repository.resolve("Pulumi." + stack + ".yaml"))
                .replace("  webstack:profile: " + stack + "\n", "  webstack:profile: " + stack + "\n"
                        + "  webstack:edge.domain: " + DOMAIN + "\n  webstack:edge.hostedZone: example.com\n"
                        + "  webstack:deploy.githubRepository: acme/shop\n")
                .replaceAll("(?m)^  webstack:alarms\\.emails: .*$", "  webstack:alarms.emails: [\"oncall@example.com\"]"));
        return OfflinePlanner.plan(ProjectDirectory.find(dir), stack);
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void route53ProbesTheSiteAndItsAlarmInUsEast1ReachesTheSamePeople(String stack, @TempDir Path dir) throws IOException {
        var plan = plan(dir, stack);
        var check = plan.named(AwsTypes.ROUTE53_HEALTH_CHECK, "alarms-site-check");
        assertEquals(DOMAIN, check.inputText("fqdn"));
        assertEquals("HTTPS", check.inputText("type"));
        assertEquals(plan.named(AwsTypes.LB_TARGET_GROUP, "edge-tg").inputText("healthCheck.path"), check.inputText("resourcePath"),
                "the path the load balancer already probes");

        var alarm = plan.named(AwsTypes.CLOUDWATCH_METRIC_ALARM, "alarms-site-unreachable");
        assertEquals("AWS/Route53", alarm.inputText("namespace"));
        assertEquals("HealthCheckStatus", alarm.inputText("metricName"));
        assertEquals(Map.of("HealthCheckId", check.id()), alarm.input("dimensions").orElseThrow());
        assertTrue(alarm.outputText("arn").startsWith("arn:aws:cloudwatch:us-east-1:"), alarm.outputText("arn"));
        var topic = plan.named(AwsTypes.SNS_TOPIC, "alarms-us-east-1-topic").outputText("arn");
        assertTrue(topic.startsWith("arn:aws:sns:us-east-1:"), topic);
        assertEquals(List.of(topic), alarm.inputList("alarmActions"));

        var subscribers = (Function<String, Set<String>>) arn -> plan.ofType(AwsTypes.SNS_TOPIC_SUBSCRIPTION).stream()
                .filter(s -> arn.equals(s.inputText("topic")) && "email".equals(s.inputText("protocol")))
                .map(s -> s.inputText("endpoint")).collect(Collectors.toSet());
        assertEquals(subscribers.apply(String.valueOf(plan.output("alarms.topicArn"))), subscribers.apply(topic));
        assertEquals(Set.of("oncall@example.com"), subscribers.apply(topic));
        assertEquals("production".equals(stack) ? 0 : 2, plan.ofType(AwsTypes.SCHEDULER_SCHEDULE).stream()
                .filter(s -> s.name().startsWith("alarms-site-alarm-")).count(), "the site alarm sleeps where the stack sleeps");
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void onlyTheCertificateTheLogsAndTheSiteAlarmGoToUsEast1(String stack, @TempDir Path dir) throws IOException {
        var plan = plan(dir, stack);
        var global = plan.where(r -> r.isProvider() && r.name().equals("aws-us-east-1")).stream().findFirst().orElseThrow();
        for (var resource : plan.cloudResources()) {
            if (resource.provider().equals(global.urn() + "::" + global.id())) {
                assertTrue(SITE_ALARM_TYPES.contains(resource.type()) || resource.type().startsWith("aws:acm/")
                        || resource.type().startsWith("aws:cloudwatch/logDelivery") || resource.type().startsWith("aws:wafv2/")
                        || StackWiringTest.isCloudFrontWafLogs(resource), resource + " has no reason to be in us-east-1");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theDeployRoleReachesAllOfItAndNoGuardrailObjects(String stack, @TempDir Path dir) throws IOException {
        var plan = plan(dir, stack);
        assertEquals(List.of(), DeployIdentityWiringTest.ungranted(plan));
        // Port 80's redirect with a domain reaches no task: the origin lock accepts it (ADR 0014).
        assertEquals(List.of(), Guardrails.check(plan).violations().stream().map(Object::toString).toList());
    }
}
