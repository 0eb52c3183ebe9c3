package dev.webstack.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanJsonTest {

    private static Plan sample() {
        var component = new PlannedResource("urn:c", "webstack:network:Network", "main", null, null, null,
                ResourceOptions.NONE, List.of(), Map.of(), Map.of());
        var vpc = new PlannedResource("urn:v", "aws:ec2/vpc:Vpc", "main-vpc", "urn:c", "urn:p::id", "vpc-1",
                new ResourceOptions(true, false, false, List.of("tags")), List.of("urn:c"), Map.of("cidrBlock", "10.0.0.0/16"),
                Map.of("arn", "arn:aws:ec2:ap-northeast-1:123456789012:vpc/vpc-1", "cidrBlock", "10.0.0.0/16"));
        return new Plan("webstack", "staging", "staging", "ap-northeast-1", "123456789012", List.of(component, vpc),
                Map.of("network.vpcId", "vpc-1"), List.of("a warning")).withTradeOffs(List.of(TradeOffCatalog.SINGLE_AZ_DATABASE))
                .withAlerting(new Alerting(List.of(EMAIL)));
    }

    private static final Alerting.Channel EMAIL = new Alerting.Channel("email", "subscribed", List.of("a@example-corp.com", "b@ops.test"),
            List.of("b@ops.test"), "2 addresses", "pulumi config set --path 'webstack:alarms.emails[2]' <address>");

    @Test
    void keepsTheDesignedFieldNames() {
        var root = Json.parseObject(PlanJson.write(sample()));
        assertEquals("staging", root.get("stack"));
        assertEquals("webstack", root.get("project"));
        var resource = ((List<?>) root.get("resources")).get(1);
        assertEquals(List.of("urn", "type", "name", "parent", "id", "provider", "options", "dependencies", "inputs", "outputs"),
                List.copyOf(((Map<?, ?>) resource).keySet()));
        assertEquals(Map.of("network.vpcId", "vpc-1"), root.get("outputs"));
        assertEquals(Map.of("resourceCount", 1L, "byType", Map.of("aws:ec2/vpc:Vpc", 1L)), root.get("summary"));
        assertEquals(List.of("stack", "project", "environment", "region", "account", "engine", "summary", "resources", "outputs",
                "warnings", "tradeOffs", "alerting"), List.copyOf(root.keySet()));
        assertEquals(List.of(Map.of("setting", "database.multiAz", "value", "false", "rule", "rds.multi-az", "resource", "db-instance",
                "acceptedIn", "staging", "risk", TradeOffCatalog.SINGLE_AZ_DATABASE.risk(),
                "justification", TradeOffCatalog.SINGLE_AZ_DATABASE.justification())), root.get("tradeOffs"));
    }

    @Test
    void alertingListsEachChannelWithItsRecipientsAndWhatIsLeftToDo() {
        var root = Json.parseObject(PlanJson.write(sample()));
        assertEquals(Map.of("channels", List.of(Map.of("channel", "email", "state", "subscribed",
                "recipients", List.of("a@example-corp.com", "b@ops.test"), "undeliverable", List.of("b@ops.test"),
                "detail", "2 addresses", "action", "pulumi config set --path 'webstack:alarms.emails[2]' <address>"))),
                root.get("alerting"));
    }

    /** GIVEN aliases and replaceOnChanges WHEN written and read THEN they survive; a plan from before them reads as none. */
    @Test
    void aliasesAndReplaceOnChangesRoundTripAndAnOlderPlanReadsAsNone() {
        var moved = new PlannedResource("urn:new", "aws:lb/listener:Listener", "edge-http", null, "urn:p::id", "l-1",
                new ResourceOptions(false, false, true, List.of(), List.of("urn:old"), List.of("port")), List.of(), Map.of(), Map.of());
        var plan = new Plan("webstack", "staging", "staging", "ap-northeast-1", "123456789012", List.of(moved), Map.of(), List.of());
        var read = PlanJson.read(PlanJson.write(plan)).resources().get(0).options();
        assertEquals(List.of("urn:old"), read.aliases());
        assertEquals(List.of("port"), read.replaceOnChanges());
        assertTrue(read.deleteBeforeReplace());

        var root = Json.parseObject(PlanJson.write(plan));
        @SuppressWarnings("unchecked")
        var options = (Map<String, Object>) ((Map<String, Object>) ((List<?>) root.get("resources")).get(0)).get("options");
        options.remove("aliases");
        options.remove("replaceOnChanges");
        var older = PlanJson.read(Json.pretty(root)).resources().get(0).options();
        assertEquals(List.of(), older.aliases());
        assertEquals(List.of(), older.replaceOnChanges());
    }

    @Test
    void aPlanWrittenBeforeAlertingWasRecordedReadsAsUnrecorded() {
        var root = new LinkedHashMap<>(Json.parseObject(PlanJson.write(sample())));
        root.remove("alerting");
        assertEquals(Alerting.UNRECORDED, PlanJson.read(Json.pretty(root)).alerting());
    }

    @Test
    void aPlanWrittenBeforeTradeOffsWereRecordedReadsAsTakingNone() {
        var root = new LinkedHashMap<>(Json.parseObject(PlanJson.write(sample())));
        root.remove("tradeOffs");
        var json = Json.pretty(root);
        assertEquals(List.of(), PlanJson.read(json).tradeOffs());
    }

    @Test
    void readsBackWhatItWrote() {
        var plan = sample();
        var reread = PlanJson.read(PlanJson.write(plan));
        assertEquals(plan, reread);
        assertEquals(List.of(EMAIL), reread.alerting().channels());
        assertTrue(reread.named("aws:ec2/vpc:Vpc", "main-vpc").options().protect());
        assertEquals("main", reread.componentOf(reread.named("aws:ec2/vpc:Vpc", "main-vpc")).orElseThrow().name());
    }
}
