package dev.webstack.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.json.Json;
import dev.webstack.testkit.PlanFixture;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GIVEN hand-built plans and round prices, WHEN estimated, THEN each line is the arithmetic the price list describes. */
class EstimatorTest {

    static final Map<String, Double> PRICES = Map.ofEntries(
            Map.entry("fargate.vcpuHour.x86", 0.04), Map.entry("fargate.gbHour.x86", 0.004),
            Map.entry("fargate.vcpuHour.arm", 0.03), Map.entry("fargate.gbHour.arm", 0.003),
            Map.entry("fargate.spot.vcpuHour.x86", 0.01), Map.entry("fargate.spot.gbHour.x86", 0.001),
            Map.entry("ipv4.hour", 0.005), Map.entry("alb.hour", 0.02), Map.entry("alb.lcuHour", 0.008),
            Map.entry("rds.instanceHour.db.t4g.micro", 0.02), Map.entry("rds.gp3GbMonth", 0.1),
            Map.entry("nat.hour", 0.05), Map.entry("nat.gb", 0.05),
            Map.entry("cloudwatch.alarmMetricMonth", 0.1), Map.entry("cloudwatch.dashboardMonth", 3.0),
            Map.entry("cloudwatch.customMetricMonth", 0.3), Map.entry("logs.ingestGb", 0.5), Map.entry("logs.storageGbMonth", 0.03),
            Map.entry("logs.vendedS3Gb", 0.25), Map.entry("secretsmanager.secretMonth", 0.4), Map.entry("kms.keyMonth", 1.0),
            Map.entry("waf.webAclMonth", 5.0), Map.entry("waf.ruleMonth", 1.0), Map.entry("waf.millionRequests", 0.6),
            Map.entry("cloudfront.gbOut", 0.1), Map.entry("cloudfront.https10k", 0.01), Map.entry("s3.gbMonth", 0.025),
            Map.entry("ecr.gbMonth", 0.1), Map.entry("route53.zoneMonth", 0.5));

    static PriceTable table() {
        return new PriceTable("test-region", "2026-01-01", PRICES.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> new Price(e.getKey(), e.getValue(), "unit", "https://example.com/" + e.getKey(), true))),
                Map.of("aws:ec2/vpc:Vpc", "free"));
    }

    static Usage usage(int requests, int cdnGb) {
        return new Usage(100, requests, cdnGb, 2.0, 10, 500, 0.5, 40);
    }

    static Estimate estimate(PlanFixture fixture, Hours hours) {
        return Estimator.estimate(fixture.plan(), table(), usage(100_000, 5), hours);
    }

    static LineItem line(Estimate estimate, String what) {
        return estimate.items().stream().filter(i -> i.what().equals(what)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + what + " in " + estimate.items()));
    }

    /** A service of {@code tasks} tasks, with a task definition and a scaling target. */
    static PlanFixture service(String cpu, String memory, String architecture, int tasks, Map<String, Integer> providers) {
        var f = PlanFixture.staging();
        f.add("aws:ecs/taskDefinition:TaskDefinition", "app-task", "t").out("arn", "arn:td/app:1").in("cpu", cpu).in("memory", memory)
                .in("runtimePlatform.cpuArchitecture", architecture);
        f.add("aws:ecs/service:Service", "app-service", "s").out("name", "app").in("cluster", "arn:cluster/webstack")
                .in("taskDefinition", "arn:td/app:1").in("desiredCount", 1L).in("networkConfiguration.assignPublicIp", true)
                .in("capacityProviderStrategies", providers.entrySet().stream()
                        .map(e -> Map.of("capacityProvider", e.getKey(), "weight", (long) e.getValue())).toList());
        f.add("aws:appautoscaling/target:Target", "app-scaling-target", "service/webstack/app").in("resourceId", "service/webstack/app")
                .in("minCapacity", (long) tasks);
        return f;
    }

    @ParameterizedTest(name = "{0} vCPU/{1} MiB {2} x{3}, {4}% spot, {5} h")
    @CsvSource({
            // cpu, memory, arch, tasks, spot %, hours, on-demand vCPU $, on-demand GB $, spot vCPU $, spot GB $
            "256,  1024, X86_64, 1,   0, 730, 7.30, 2.92, 0,    0",
            "1024, 2048, X86_64, 2,   0, 730, 58.40, 11.68, 0,  0",
            "512,  1024, ARM64,  2,   0, 100, 3.00, 0.60, 0,    0",
            "256,  1024, X86_64, 1, 100, 304, 0,    0,    0.76, 0.304",
            "1024, 2048, X86_64, 2,  50, 730, 29.20, 5.84, 7.30, 1.46",
    })
    void fargateIsTasksTimesHoursTimesSizeAtTheArchitecturesAndCapacitysPrice(String cpu, String memory, String arch, int tasks, int spot,
                                                                              double hours, double vcpu, double gb, double spotVcpu, double spotGb) {
        var providers = spot == 0 ? Map.of("FARGATE", 1) : spot == 100 ? Map.of("FARGATE_SPOT", 1) : Map.of("FARGATE", 1, "FARGATE_SPOT", 1);
        var estimate = estimate(service(cpu, memory, arch, tasks, providers), new Hours(hours, hours));
        assertEquals(vcpu, estimate.items().stream().filter(i -> i.what().equals("Fargate vCPU")).mapToDouble(LineItem::monthlyUsd).sum(), 1e-6);
        assertEquals(gb, estimate.items().stream().filter(i -> i.what().equals("Fargate memory")).mapToDouble(LineItem::monthlyUsd).sum(), 1e-6);
        assertEquals(spotVcpu, estimate.items().stream().filter(i -> i.what().equals("Fargate Spot vCPU")).mapToDouble(LineItem::monthlyUsd).sum(), 1e-6);
        assertEquals(spotGb, estimate.items().stream().filter(i -> i.what().equals("Fargate Spot memory")).mapToDouble(LineItem::monthlyUsd).sum(), 1e-6);
        assertEquals(tasks * hours * 0.005, line(estimate, ComputeCosts.TASK_ADDRESSES).monthlyUsd(), 1e-6, "one address per running task");
    }

    @ParameterizedTest(name = "multiAz {0}, {1} h: instance ${2}, storage ${3}")
    @CsvSource({"false, 730, 14.60, 2.0", "true, 730, 29.20, 4.0", "false, 315, 6.30, 2.0", "true, 315, 12.60, 4.0"})
    void rdsIsInstanceHoursPerCopyWhileRunningAndStorageAlways(boolean multiAz, double hours, double instance, double storage) {
        var f = PlanFixture.staging();
        f.add("aws:rds/instance:Instance", "db-instance", "db").in("engine", "postgres").in("instanceClass", "db.t4g.micro")
                .in("multiAz", multiAz).in("allocatedStorage", 20L).in("manageMasterUserPassword", true);
        var estimate = estimate(f, new Hours(730, hours));
        assertEquals(instance, line(estimate, "RDS postgres db.t4g.micro" + (multiAz ? " Multi-AZ" : "")).monthlyUsd(), 1e-6);
        assertEquals(storage, line(estimate, "RDS gp3 storage").monthlyUsd(), 1e-6);
        assertEquals(0.4, line(estimate, "Secrets Manager (RDS-managed master password)").monthlyUsd(), 1e-9,
                "the secret RDS creates is billed too, though it is not in the plan");
    }

    @Test
    void theLoadBalancerPaysHoursCapacityAndOneAddressPerZone() {
        var f = PlanFixture.staging();
        f.add("aws:lb/loadBalancer:LoadBalancer", "edge-alb", "arn:lb").in("internal", false).in("subnets", List.of("a", "b", "c"));
        var estimate = estimate(f, new Hours(100, 100));
        assertEquals(730 * 0.02, line(estimate, "Application Load Balancer").monthlyUsd(), 1e-6, "around the clock, whatever the service does");
        assertEquals(730 * 0.5 * 0.008, line(estimate, "Load balancer capacity units").monthlyUsd(), 1e-6);
        assertEquals(3 * 730 * 0.005, line(estimate, "Public IPv4 (load balancer)").monthlyUsd(), 1e-6);
    }

    @Test
    void anInternalLoadBalancerBehindAVpcOriginPaysNoPublicAddresses() {
        // GIVEN the internal load balancer CloudFront reaches through a VPC origin (ADR 0014)
        var f = PlanFixture.staging();
        f.add("aws:lb/loadBalancer:LoadBalancer", "edge-alb", "arn:lb").in("internal", true).in("subnets", List.of("a", "b"));
        f.add("aws:cloudfront/vpcOrigin:VpcOrigin", "edge-vpc-origin", "vo_1");
        // WHEN estimated THEN hours and capacity remain, the addresses and the VPC origin cost nothing
        var estimate = estimate(f, new Hours(730, 730));
        assertEquals(730 * 0.02, line(estimate, "Application Load Balancer").monthlyUsd(), 1e-6);
        assertTrue(estimate.items().stream().noneMatch(l -> l.what().startsWith("Public IPv4")), estimate.items().toString());
        assertTrue(PriceTable.forRegion("ap-northeast-1").noCharge("aws:cloudfront/vpcOrigin:VpcOrigin").orElseThrow()
                .startsWith("no charge of its own"), "the real table says why the VPC origin costs nothing");
    }

    @ParameterizedTest(name = "{0} requests, {1} GB")
    @CsvSource({"100000, 5, 0, 0", "20000000, 1124, 10.0, 10.0"})
    void cloudFrontIsBilledOnlyAboveItsAlwaysFreeTier(int requests, int gb, double dataUsd, double requestsUsd) {
        var f = PlanFixture.staging();
        f.add("aws:cloudfront/distribution:Distribution", "edge-cdn", "E1");
        var estimate = Estimator.estimate(f.plan(), table(), usage(requests, gb), new Hours(730, 730));
        if (dataUsd == 0) {
            assertEquals(LineItem.Kind.FREE, line(estimate, "CloudFront").kind());
        } else {
            assertEquals(dataUsd, line(estimate, "CloudFront data out").monthlyUsd(), 1e-6);
            assertEquals(requestsUsd, line(estimate, "CloudFront HTTPS requests").monthlyUsd(), 1e-6);
        }
    }

    @Test
    void alarmsAreBilledPerMetricTheyReadAndMetricMathPerMetricInIt() {
        var f = PlanFixture.staging();
        f.add("aws:cloudwatch/metricAlarm:MetricAlarm", "cpu", "cpu").in("metricName", "CPUUtilization");
        f.add("aws:cloudwatch/metricAlarm:MetricAlarm", "rate", "rate").in("metricQueries", List.of(
                Map.of("id", "a", "metric", Map.of("metricName", "x")), Map.of("id", "b", "metric", Map.of("metricName", "y")),
                Map.of("id", "c", "metric", Map.of("metricName", "z")), Map.of("id", "e", "expression", "a+b+c")));
        assertEquals(4 * 0.1, line(estimate(f, new Hours(730, 730)), "CloudWatch alarms").monthlyUsd(), 1e-9);
    }

    @Test
    void theWafPaysItsAclEachRuleAndRequests() {
        var f = PlanFixture.staging();
        f.add("aws:wafv2/webAcl:WebAcl", "edge-waf", "acl").in("rules", List.of(Map.of("name", "a"), Map.of("name", "b"), Map.of("name", "c")));
        var estimate = Estimator.estimate(f.plan(), table(), usage(2_000_000, 5), new Hours(730, 730));
        assertEquals(5.0 + 3 * 1.0 + 2 * 0.6, line(estimate, "WAF web ACL").monthlyUsd() + line(estimate, "WAF rules").monthlyUsd()
                + line(estimate, "WAF requests").monthlyUsd(), 1e-9);
    }

    @Test
    void aCloudFrontScopeWafAndItsLogsArePricedInUsEast1AndTheirLogsLeaveTheOtherGroups() {
        // GIVEN a CloudFront-scope ACL, its log group and one other group, and a us-east-1 table unlike the stack's
        var f = PlanFixture.production();
        f.add("aws:wafv2/webAcl:WebAcl", "edge-cdn-waf", "acl").in("scope", "CLOUDFRONT").in("rules", List.of(Map.of("name", "a"), Map.of("name", "b")));
        f.add("aws:cloudwatch/logGroup:LogGroup", "edge-cdn-waf-logs", "aws-waf-logs-x").in("name", "aws-waf-logs-x").in("retentionInDays", 90);
        f.add("aws:cloudwatch/logGroup:LogGroup", "app-logs", "/webstack/x/app").in("name", "/webstack/x/app").in("retentionInDays", 30);
        var virginia = new PriceTable("us-east-1", "2026-01-01", Map.of(
                "waf.webAclMonth", new Price("waf.webAclMonth", 7.0, "u", "https://example.com/a", true),
                "waf.ruleMonth", new Price("waf.ruleMonth", 2.0, "u", "https://example.com/b", true),
                "waf.millionRequests", new Price("waf.millionRequests", 1.0, "u", "https://example.com/c", true),
                "logs.ingestGb", new Price("logs.ingestGb", 0.9, "u", "https://example.com/d", true),
                "logs.storageGbMonth", new Price("logs.storageGbMonth", 0.05, "u", "https://example.com/e", true)), Map.of());
        // WHEN 1 million requests a month and 2 GB of logs in all (usage(...) sets 2.0 GB)
        var estimate = Estimator.estimate(f.plan(), table(), virginia, usage(1_000_000, 5), new Hours(730, 730));
        // THEN the ACL at Virginia's prices; 1.5 GB of WAF logs there, and the other 0.5 GB in one group at the stack's price
        assertEquals(7.0 + 2 * 2.0 + 1 * 1.0, line(estimate, "WAF web ACL (us-east-1)").monthlyUsd()
                + line(estimate, "WAF rules (us-east-1)").monthlyUsd() + line(estimate, "WAF requests (us-east-1)").monthlyUsd(), 1e-9);
        assertEquals(1.5 * 0.9, line(estimate, "WAF logs ingestion (us-east-1)").monthlyUsd(), 1e-9);
        assertEquals(1.5 * 90 / 30 * 0.05, line(estimate, "WAF logs storage (us-east-1)").monthlyUsd(), 1e-9);
        assertEquals(0.5 * 0.5, line(estimate, "CloudWatch Logs ingestion").monthlyUsd(), 1e-9);
        assertTrue(line(estimate, "CloudWatch Logs ingestion").note().contains("across 1 log groups"), line(estimate, "CloudWatch Logs ingestion").note());
    }

    @Test
    void ecrStoresTheImagesItsLifecyclePolicyKeeps() {
        var f = PlanFixture.staging();
        f.add("aws:ecr/repository:Repository", "app-repository", "webstack").out("name", "webstack");
        f.add("aws:ecr/lifecyclePolicy:LifecyclePolicy", "app-repository-lifecycle", "webstack").in("repository", "webstack")
                .in("policy", Json.compact(Map.of("rules", List.of(Map.of("rulePriority", 1, "selection",
                        Map.of("tagStatus", "any", "countType", "imageCountMoreThan", "countNumber", 20))))));
        assertEquals(20 * 500 / 1024.0 * 0.1, line(estimate(f, new Hours(730, 730)), "ECR storage").monthlyUsd(), 1e-9);
    }

    @Test
    void nothingIsSilentlyZero() {
        var f = PlanFixture.staging();
        f.add("aws:ec2/vpc:Vpc", "main-vpc", "vpc-1");
        f.add("aws:ec2/natGateway:NatGateway", "nat", "nat-1");
        f.add("aws:rds/instance:Instance", "db-instance", "db").in("engine", "postgres").in("instanceClass", "db.x2g.large")
                .in("allocatedStorage", 20L);
        var estimate = estimate(f, new Hours(730, 730));
        var unknown = estimate.unpriced().stream().map(LineItem::what).toList();
        assertEquals(List.of("RDS postgres db.x2g.large", "aws:ec2/natGateway:NatGateway"), unknown);
        assertTrue(estimate.unpriced().get(0).note().contains("no price rds.instanceHour.db.x2g.large"), estimate.unpriced().get(0).note());
        assertTrue(estimate.items().stream().noneMatch(i -> i.resources().contains("main-vpc")), "a free type needs no line");
        assertEquals(2.0, estimate.totalUsd(), 1e-9, "unknown lines stay out of the total; the storage is still priced");
    }

    @Test
    void theNatComparisonAddsGatewaysProcessingAndAddressesLessTheTasksAddresses() {
        var f = service("256", "1024", "X86_64", 2, Map.of("FARGATE", 1));
        f.get("app-service").in("networkConfiguration.subnets", List.of("subnet-a", "subnet-c"));
        f.add("aws:ec2/subnet:Subnet", "main-public-1", "subnet-a").in("availabilityZone", "az-a");
        f.add("aws:ec2/subnet:Subnet", "main-public-2", "subnet-c").in("availabilityZone", "az-c");
        f.add("aws:ec2/subnet:Subnet", "main-isolated-1", "subnet-i").in("availabilityZone", "az-a");
        var nat = estimate(f, new Hours(100, 100)).nat().orElseThrow();
        assertEquals(2, nat.gateways());
        assertEquals(2 * 730 * 0.05, nat.gatewayHoursUsd(), 1e-9);
        assertEquals(40 * 0.05, nat.processingUsd(), 1e-9);
        assertEquals(2 * 730 * 0.005, nat.addressesUsd(), 1e-9);
        assertEquals(2 * 100 * 0.005, nat.savedTaskIpsUsd(), 1e-9);
        assertEquals(73 + 2 + 7.3 - 1, nat.extraUsd(), 1e-9);
    }

    @Test
    void theBudgetIsTheStacksAndTheTotalIsEveryPricedLine() {
        var estimate = estimate(service("256", "1024", "X86_64", 1, Map.of("FARGATE", 1)), new Hours(730, 730));
        assertEquals(estimate.items().stream().mapToDouble(LineItem::monthlyUsd).sum(), estimate.totalUsd(), 1e-9);
        assertEquals(100, estimate.budgetUsd());
        assertTrue(estimate.withinBudget());
    }
}
