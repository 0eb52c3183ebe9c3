package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebstackCliTest {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(Path workingDirectory, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var code = new WebstackCli(workingDirectory, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Path repository() {
        return ProjectDirectory.find(Path.of("")).path();
    }

    @Test
    void planPrintsTheTreeCountsAndWarnings() {
        var result = run(repository(), "plan", "staging");
        assertEquals(0, result.exitCode(), result.err());
        var lines = result.out().lines().toList();
        assertEquals("webstack plan: stack staging (staging), project webstack", lines.get(0));
        var plan = OfflinePlanner.plan(ProjectDirectory.find(Path.of("")), "staging");
        var network = plan.named("webstack:network:Network", "main");
        assertTrue(lines.contains("Network \"main\"  (webstack:network:Network, " + plan.childrenOf(network).size() + " resources)"),
                result.out());
        assertTrue(lines.contains(String.format("  %3d  in total", plan.cloudResources().size())), result.out());
        assertTrue(result.out().matches("(?s).*main-isolated-rt +local routes only, no way out of the VPC.*"), result.out());
        assertTrue(result.out().matches("(?s).*edge-alb-from-cloudfront +main-alb-sg <- tcp/80 from sg-[0-9a-f]{17} CloudFront VPC origins only.*"),
                result.out());
        assertTrue(result.out().matches("(?s).*db-instance +postgres 16 on db\\.t4g\\.micro, 20-50 GB gp3, single-AZ.*"), result.out());
        assertTrue(lines.contains("Warnings (" + plan.warnings().size() + ")"), result.out());
        assertTrue(result.out().indexOf("Network \"main\"") < result.out().indexOf("Database \"db\""),
                "components print in build order: the network before what lives in it");
        var stagingRules = dev.webstack.guardrails.RuleCatalog.all().stream().filter(r -> r.appliesTo("staging")).count();
        assertTrue(result.out().contains("\nGuardrails: " + stagingRules + " rules applied, 0 violations, "
                + plan.tradeOffs().size() + " accepted trade-offs"), result.out());
        assertTrue(result.out().contains("  accepted  rds.multi-az on db-instance: database.multiAz=false"), result.out());
    }

    @Test
    void checkPassesBothStacksOfTheRepository() {
        for (var stack : List.of("staging", "production")) {
            var result = run(repository(), "check", stack);
            assertEquals(0, result.exitCode(), result.out() + result.err());
            assertTrue(result.out().contains(" 0 violations"), result.out());
        }
    }

    @Test
    void checkFailsAStackThatOpensTheLoadBalancerAndSaysWhere(@TempDir Path dir) throws IOException {
        var repository = repository();
        Files.copy(repository.resolve("Pulumi.yaml"), dir.resolve("Pulumi.yaml"));
        Files.writeString(dir.resolve("Pulumi.staging.yaml"), Files.readString(repository.resolve("Pulumi.staging.yaml"))
                .replace("webstack:edge.originLock: true", "webstack:edge.originLock: false"));
        var result = run(dir, "check", "staging");
        assertEquals(3, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("  VIOLATION edge.origin-lock on edge-http: the default action does not refuse requests that lack "
                + "CloudFront's secret header"), result.out());
        assertEquals(2, run(dir, "check").exitCode());
        assertEquals(2, run(dir, "check", "staging", "production").exitCode());
    }

    @Test
    void rulesPrintsTheCatalog() {
        var result = run(repository(), "rules");
        assertEquals(0, result.exitCode());
        assertTrue(result.out().startsWith("| rule | requires | where | mirrors | reads | why |"), result.out());
        assertTrue(result.out().contains("| `rds.storage-encrypted` | RDS storage is encrypted at rest | every environment | "
                + "Security Hub RDS.3, Checkov CKV_AWS_16 |"), result.out());
    }

    @Test
    void planJsonShowsANatLessNetworkFromTheFileAlone(@TempDir Path dir) throws IOException {
        var file = dir.resolve("plans/staging.json");
        var result = run(repository(), "plan", "staging", "--json", file.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("Plan JSON written to"));

        @SuppressWarnings("unchecked")
        var resources = (List<Map<String, Object>>) Json.parseObject(Files.readString(file)).get("resources");
        var byType = resources.stream().collect(Collectors.groupingBy(r -> (String) r.get("type")));
        assertFalse(byType.containsKey("aws:ec2/natGateway:NatGateway"));
        assertFalse(byType.containsKey("aws:ec2/eip:Eip"));

        var internetGateway = (String) byType.get("aws:ec2/internetGateway:InternetGateway").get(0).get("id");
        var routes = byType.get("aws:ec2/route:Route");
        var tablesWithDefaultRoute = routes.stream()
                .filter(r -> "0.0.0.0/0".equals(inputs(r).get("destinationCidrBlock")))
                .peek(r -> assertEquals(internetGateway, inputs(r).get("gatewayId"), "a default route leads to the IGW and nowhere else"))
                .map(r -> inputs(r).get("routeTableId"))
                .collect(Collectors.toSet());

        var subnetTier = byType.get("aws:ec2/subnet:Subnet").stream()
                .collect(Collectors.toMap(s -> s.get("id"), s -> ((String) s.get("name")).contains("public") ? "public" : "isolated"));
        var associations = byType.get("aws:ec2/routeTableAssociation:RouteTableAssociation");
        assertEquals(subnetTier.size(), associations.size());
        for (var association : associations) {
            var tier = subnetTier.get(inputs(association).get("subnetId"));
            var routedOut = tablesWithDefaultRoute.contains(inputs(association).get("routeTableId"));
            assertEquals(tier.equals("public"), routedOut, "subnet " + inputs(association).get("subnetId") + " (" + tier + ")");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> inputs(Map<String, Object> resource) {
        return (Map<String, Object>) resource.get("inputs");
    }

    @Test
    void planJsonToStdoutIsTheWholeDocument() {
        var result = run(repository(), "plan", "production", "--json", "-");
        assertEquals(0, result.exitCode(), result.err());
        var root = Json.parseObject(result.out());
        assertEquals(Set.of("stack", "project", "environment", "region", "account", "engine", "summary", "resources",
                "outputs", "warnings", "tradeOffs", "alerting", "guardrails", "cost"), root.keySet());
        var cost = (Map<?, ?>) root.get("cost");
        assertEquals(((List<?>) cost.get("items")).stream().mapToDouble(i -> ((Number) ((Map<?, ?>) i).get("monthlyUsd")).doubleValue()).sum(),
                ((Number) cost.get("monthlyUsd")).doubleValue(), 0.05);
        assertEquals(List.of(), ((Map<?, ?>) root.get("guardrails")).get("violations"));
        assertEquals("production", root.get("stack"));
    }

    @Test
    void refusesABadStackFileWithOneMessageAndNoStackTrace(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Pulumi.yaml"), "name: webstack\nruntime: java\n");
        Files.writeString(dir.resolve("Pulumi.staging.yaml"), """
                config:
                  aws:region: ap-northeast-1
                  webstack:service.cpu: 256
                  webstack:service.memory: 700
                  webstack:network.cidr: 10.0.0.1/16
                  webstack:servce.desiredCount: 2
                  webstack:edge.originSecret:
                    secure: AAABAQ
                """);
        var result = run(dir, "plan", "staging");
        assertEquals(2, result.exitCode());
        assertEquals("""
                Pulumi.staging.yaml has 3 problems:
                  - webstack:network.cidr: '10.0.0.1/16' has host bits set; the network is 10.0.0.0/16; write a network such as 10.0.0.0/16
                  - webstack:service.memory: 700 is not a valid Fargate memory for cpu 256; use 512, 1024 or 2048
                  - webstack:servce.desiredCount: is not a webstack setting; did you mean webstack:service.desiredCount?
                """, result.err());
        assertEquals("", result.out());
    }

    @Test
    void refusesAMissingStackNamingTheOnesThatExist() {
        var result = run(repository(), "plan", "prod");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("use one of the stacks that have a file: production, staging"), result.err());
    }

    @Test
    void explainsUsageMistakes() {
        assertEquals(2, run(repository()).exitCode());
        assertEquals(2, run(repository(), "deploy").exitCode());
        var missingStack = run(repository(), "plan");
        assertEquals(2, missingStack.exitCode());
        assertTrue(missingStack.err().startsWith("webstack: plan needs a stack, e.g. webstack plan staging"));
        assertEquals(2, run(repository(), "plan", "staging", "--json").exitCode());
        assertEquals(0, run(repository(), "--help").exitCode());
    }

    /** Each command refuses what it does not take before reading a stack or writing a file; arguments are space-separated. */
    @ParameterizedTest
    @CsvSource(delimiter = '#', quoteCharacter = '"', textBlock = """
            plan                                # plan needs a stack, e.g. webstack plan staging
            plan staging production             # unexpected argument 'production'; usage: webstack plan <stack> [--json FILE]
            plan staging --json                 # --json needs a file name (or - for stdout)
            plan staging --yaml x               # unknown option '--yaml'; usage: webstack plan <stack> [--json FILE]
            plan staging --json a --json b      # --json given twice; usage: webstack plan <stack> [--json FILE]
            check                               # check needs a stack, e.g. webstack check production
            check staging --json x              # unknown option '--json'; usage: webstack check <stack>
            check staging production            # unexpected argument 'production'; usage: webstack check <stack>
            cost                                # cost takes stacks, or --write FILE for every stack's total; usage: webstack cost (<stack>... | --write FILE)
            cost staging --write README.md      # cost takes stacks, or --write FILE for every stack's total; usage: webstack cost (<stack>... | --write FILE)
            cost --write                        # --write needs a file name
            diff a.json                         # diff needs two plan JSON files, e.g. webstack diff base/staging.json head/staging.json
            diff a.json b.json c.json           # unexpected argument 'c.json'; usage: webstack diff BASE.json HEAD.json [--fail-on-danger]
            diff a.json b.json --fail           # unknown option '--fail'; usage: webstack diff BASE.json HEAD.json [--fail-on-danger]
            diagram --write README.md           # diagram needs a stack, e.g. webstack diagram staging
            diagram staging --write             # --write needs a file name
            diagram staging --json x            # unknown option '--json'; usage: webstack diagram <stack> [--write FILE]
            settings docs/configuration.md      # unexpected argument 'docs/configuration.md'; usage: webstack settings [--write FILE]
            rules --write                       # --write needs a file name
            rules -                             # unknown option '-'; usage: webstack rules [--write FILE]
            components README.md                # unexpected argument 'README.md'; usage: webstack components [--write]
            components --write --write          # --write given twice; usage: webstack components [--write]
            """)
    void refusesArgumentsACommandDoesNotTake(String arguments, String problem, @TempDir Path dir) {
        var result = run(dir, arguments.split(" "));
        assertEquals(2, result.exitCode(), result.out() + result.err());
        assertEquals("webstack: " + problem, result.err().lines().findFirst().orElseThrow());
        assertTrue(result.err().contains("\nusage: webstack <command> [arguments]\n"), result.err());
        assertEquals("", result.out());
        assertEquals(0, dir.toFile().list().length, "nothing written");
    }

    @Test
    void settingsRefreshesTheTableBetweenTheMarkers(@TempDir Path dir) throws IOException {
        var docs = dir.resolve("configuration.md");
        Files.writeString(docs, "# Title\n\n<!-- settings:begin -->\n| stale |\n<!-- settings:end -->\n\nNotes.\n");
        assertEquals(0, run(dir, "settings", "--write", "configuration.md").exitCode());
        var text = Files.readString(docs);
        assertTrue(text.startsWith("# Title\n\n<!-- settings:begin -->\n| Key | Type |"), text);
        assertFalse(text.contains("| stale |"));
        assertTrue(text.endsWith("<!-- settings:end -->\n\nNotes.\n"), text);
        Files.writeString(docs, "no markers\n");
        assertEquals(2, run(dir, "settings", "--write", "configuration.md").exitCode());
    }

    @Test
    void settingsPrintsTheReference() {
        var result = run(repository(), "settings");
        assertEquals(0, result.exitCode());
        assertTrue(result.out().startsWith("| Key | Type | Staging default | Production default | Description |"));
        assertTrue(result.out().contains("`webstack:database.instanceClass`"));
    }

    private static Path plannedWith(Path dir, String name, String stackFile) throws IOException {
        var repository = repository();
        Files.copy(repository.resolve("Pulumi.yaml"), dir.resolve("Pulumi.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve("Pulumi.staging.yaml"), stackFile);
        var json = dir.resolve(name + ".json");
        assertEquals(0, run(dir, "plan", "staging", "--json", json.toString()).exitCode());
        return json;
    }

    @Test
    void diffShowsWhatAChangeAddsChangesAndCostsAndNothingForNoChange(@TempDir Path dir) throws IOException {
        var original = Files.readString(repository().resolve("Pulumi.staging.yaml"));
        var base = plannedWith(dir, "base", original);
        var head = plannedWith(dir, "head", original.replace("webstack:database.instanceClass: db.t4g.micro",
                "webstack:database.instanceClass: db.t4g.small").replace("webstack:edge.waf: false", "webstack:edge.waf: true"));

        var same = run(dir, "diff", base.toString(), base.toString());
        assertEquals(0, same.exitCode(), same.err());
        assertTrue(same.out().contains("No resource changes."), same.out());
        assertTrue(same.out().contains("(+$0.00)"), same.out());

        var result = run(dir, "diff", base.toString(), head.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("### webstack diff: staging\n"), result.out());
        assertTrue(result.out().contains("- update `db-instance` (aws:rds/instance:Instance): instanceClass\n"), result.out());
        // Turning WAF on adds the CloudFront-scope ACL, its log group and its logging, and changes the distribution (webAclId).
        assertTrue(result.out().contains("- create `edge-cdn-waf` (aws:wafv2/webAcl:WebAcl)"), result.out());
        assertTrue(result.out().contains("- update `edge-cdn` (aws:cloudfront/distribution:Distribution): webAclId"), result.out());
        assertTrue(result.out().contains("**Edge \"edge\"**: 3 to create, 1 to update, 0 to replace, 0 to delete"), result.out());
        assertEquals(0, run(dir, "diff", base.toString(), head.toString(), "--fail-on-danger").exitCode(), "nothing dangerous");
        var before = dev.webstack.plan.PlanJson.section(Files.readString(base), "cost").orElseThrow().get("monthlyUsd");
        var after = dev.webstack.plan.PlanJson.section(Files.readString(head), "cost").orElseThrow().get("monthlyUsd");
        assertTrue(((Number) after).doubleValue() > ((Number) before).doubleValue());
        assertTrue(result.out().contains(String.format(Locale.ROOT, "**Monthly estimate:** $%.2f → $%.2f", before, after)),
                result.out());
        assertFalse(result.out().contains("[secret]") || result.out().contains("REPLACE-ME"), "values never appear, secrets least of all");
        assertEquals(2, run(dir, "diff", base.toString()).exitCode());
    }

    /** GIVEN staging with database.name changed WHEN diffed THEN replace and data loss lead the comment; the flag makes it fail. */
    @Test
    void diffPutsDataLossFirstAndFailsOnDangerOnlyWhenAsked(@TempDir Path dir) throws IOException {
        var original = Files.readString(repository().resolve("Pulumi.staging.yaml"));
        var base = plannedWith(dir, "base", original);
        var head = plannedWith(dir, "head", original.replace("webstack:database.name: app\n", "webstack:database.name: app2\n"));

        var report = run(dir, "diff", base.toString(), head.toString());
        assertEquals(0, report.exitCode(), report.err());
        assertTrue(report.out().contains("- replace `db-instance` (aws:rds/instance:Instance): dbName; replaced because of dbName"),
                report.out());
        var loss = report.out().indexOf("> - `db-instance` (aws:rds/instance:Instance) replaced (dbName): the database's data");
        assertTrue(loss > 0 && loss < report.out().indexOf("**Database"), report.out());
        assertTrue(report.out().contains("Protected by: nothing"), report.out());
        assertEquals(3, run(dir, "diff", base.toString(), head.toString(), "--fail-on-danger").exitCode());
    }

    @Test
    void costPrintsLinesTotalBudgetAndTheNatComparison() {
        var result = run(repository(), "cost", "staging");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("Public IPv4 (tasks)"), result.out());
        assertTrue(result.out().matches("(?s).*\nTotal  \\$\\d+\\.\\d{2} a month \\(ap-northeast-1, prices compiled \\d{4}-\\d{2}-\\d{2}\\).*"),
                result.out());
        assertTrue(result.out().contains("Budget $54.00 a month (cost.monthlyBudgetUsd): within"), result.out());
        assertTrue(result.out().contains("Without NAT: one NAT gateway per zone (2) would add"), result.out());
    }

    /** Several stacks: each estimate, then their sum, which is the sum of the two totals the estimates print. */
    @Test
    void costOfSeveralStacksPrintsEachAndTheirSum() {
        var result = run(repository(), "cost", "production", "staging");
        assertEquals(0, result.exitCode(), result.err());
        var totals = java.util.regex.Pattern.compile("\nTotal  \\$(\\d+\\.\\d{2}) a month").matcher(result.out()).results()
                .map(m -> new java.math.BigDecimal(m.group(1))).toList();

        assertEquals(2, totals.size(), result.out());
        assertTrue(result.out().indexOf("stack production") < result.out().indexOf("stack staging"), "in the order given");
        assertTrue(result.out().endsWith("Together: $" + totals.get(0).add(totals.get(1)) + " a month (production + staging)\n"),
                result.out());
    }

    @Test
    void costFailsAStackOverItsBudget(@TempDir Path dir) throws IOException {
        Files.copy(repository().resolve("Pulumi.yaml"), dir.resolve("Pulumi.yaml"));
        Files.writeString(dir.resolve("Pulumi.staging.yaml"), Files.readString(repository().resolve("Pulumi.staging.yaml"))
                .replace("webstack:cost.monthlyBudgetUsd: 54", "webstack:cost.monthlyBudgetUsd: 20"));
        var result = run(dir, "cost", "staging");
        assertEquals(3, result.exitCode());
        assertTrue(result.out().contains("Budget $20.00 a month (cost.monthlyBudgetUsd): OVER by $"), result.out());
    }
}
