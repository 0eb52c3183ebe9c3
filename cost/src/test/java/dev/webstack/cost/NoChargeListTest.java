package dev.webstack.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.plan.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The list of types that cost nothing by themselves names real types, by the catalogue's tokens, each with its reason. */
class NoChargeListTest {

    private static Map<?, ?> listed() throws IOException {
        try (var in = NoChargeListTest.class.getClassLoader().getResourceAsStream("prices/no-charge.json")) {
            return (Map<?, ?>) Json.parseObject(new String(in.readAllBytes(), StandardCharsets.UTF_8)).get("types");
        }
    }

    private static Set<String> catalogue() {
        return Set.copyOf(AwsTypes.byName().values());
    }

    @Test
    void everyListedTypeIsInTheCatalogue() throws IOException, IllegalAccessException {
        var unknown = new TreeSet<String>();
        listed().keySet().forEach(type -> unknown.add(String.valueOf(type)));
        unknown.removeAll(catalogue());
        assertEquals(Set.of(), unknown, "misspelt, or not a type webstack uses: add it to AwsTypes or drop it");
    }

    @Test
    void everyListedTypeSaysWhyItIsFree() throws IOException {
        var table = PriceTable.forRegion(PriceTable.regions().get(0));
        for (var type : listed().keySet()) {
            var reason = table.noCharge(String.valueOf(type));
            assertTrue(reason.isPresent() && !reason.get().isBlank(), type + " has no reason");
        }
    }
}
