package dev.webstack.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The price tables are data a reviewer can check: complete, sourced, comparable between regions. */
class PriceTableTest {

    @Test
    void everyRegionPricesTheSameThings() {
        var keys = PriceTable.forRegion(PriceTable.regions().get(0)).prices().keySet();
        for (var region : PriceTable.regions()) {
            var table = PriceTable.forRegion(region);
            assertEquals(region, table.region());
            assertEquals(keys, table.prices().keySet(), region);
            assertTrue(table.compiled().matches("\\d{4}-\\d{2}-\\d{2}"), table.compiled());
        }
    }

    @Test
    void everyPriceIsPositiveAndSaysWhereItComesFrom() {
        for (var region : PriceTable.regions()) {
            for (var price : PriceTable.forRegion(region).prices().values()) {
                assertTrue(price.usd() > 0, price.toString());
                assertTrue(price.confirmed() ? price.source().contains("https://") : price.source().startsWith("estimate"), price.toString());
                assertTrue(!price.per().isBlank(), price.toString());
            }
        }
    }

    @Test
    void tokyoCostsMoreThanVirginiaForTheSameFargateTask() {
        var tokyo = PriceTable.forRegion("ap-northeast-1").price("fargate.vcpuHour.x86").orElseThrow();
        var virginia = PriceTable.forRegion("us-east-1").price("fargate.vcpuHour.x86").orElseThrow();
        assertTrue(tokyo.usd() > virginia.usd());
    }

    @Test
    void aRegionWithoutATableSaysWhichFileToAdd() {
        var error = assertThrows(IllegalArgumentException.class, () -> PriceTable.forRegion("eu-central-1"));
        assertTrue(error.getMessage().contains("cost/src/main/resources/prices/eu-central-1.json"), error.getMessage());
    }

    @Test
    void weeklyHoursBecomeHoursOfABilledMonth() {
        var hours = Hours.weekly(70, 72.5);
        assertEquals(70 * 730 / 168.0, hours.service(), 1e-9);
        assertEquals(72.5 * 730 / 168.0, hours.database(), 1e-9);
        assertTrue(hours.sleeps());
        assertEquals(new Hours(730, 730), Hours.allMonth());
        assertTrue(!Hours.allMonth().sleeps());
    }
}
