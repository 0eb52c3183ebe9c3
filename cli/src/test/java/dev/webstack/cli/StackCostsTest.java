package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.settings.CostSettings;
import dev.webstack.settings.OffHours;
import dev.webstack.settings.StackSettings;
import dev.webstack.cost.Estimate;
import dev.webstack.cost.Hours;
import dev.webstack.cost.LineItem;
import dev.webstack.cost.Usage;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both real stacks, priced: within their stated budgets, every resource accounted for, the hours those the stack sleeps by. */
class StackCostsTest {

    private static StackSettings settings(String stack) {
        return OfflinePlanner.settings(ProjectDirectory.find(Path.of("")), stack);
    }

    private static Estimate estimate(String stack) {
        return StackCosts.estimate(settings(stack), StackWiringTest.plan(stack));
    }

    private static double sum(Estimate estimate, String what) {
        return estimate.items().stream().filter(i -> i.what().equals(what)).mapToDouble(LineItem::quantity).sum();
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void eachStackStaysWithinItsStatedBudgetWithEveryResourcePriced(String stack) {
        var estimate = estimate(stack);
        assertEquals(List.of(), estimate.unpriced().stream().map(i -> i.what() + " " + i.resources()).toList());
        assertTrue(estimate.withinBudget(), stack + " costs " + estimate.totalUsd() + ", over its budget of " + estimate.budgetUsd());
        assertEquals(settings(stack).cost().monthlyBudgetUsd(), estimate.budgetUsd());
    }

    @Test
    void stagingStaysAtItsFiftyFourDollarsWithThePublicAddressesCounted() {
        var estimate = estimate("staging");
        assertEquals(54, estimate.budgetUsd(), "staging's budget, requirements R7.1");
        assertTrue(sum(estimate, "Public IPv4 (tasks)") > 0);
        assertEquals(0, sum(estimate, "Public IPv4 (load balancer)"), 1e-9, "the load balancer is internal (ADR 0014)");
        assertTrue(estimate.totalUsd() <= 54, String.valueOf(estimate.totalUsd()));
    }

    @Test
    void productionStaysAtItsTwoHundredFortyDollarsWithoutGivingUpItsStandby() {
        var estimate = estimate("production");
        assertEquals(240, estimate.budgetUsd(), "production's budget, requirements R7.1");
        assertTrue(estimate.totalUsd() <= 240, String.valueOf(estimate.totalUsd()));
        var database = estimate.items().stream().filter(i -> i.what().startsWith("RDS postgres")).findFirst().orElseThrow();
        assertTrue(database.what().endsWith(" Multi-AZ"), database.what());
        assertTrue(sum(estimate, "WAF web ACL (us-east-1)") > 0 && sum(estimate, "Container Insights metrics") > 0,
                "the budget is met without dropping what production keeps");
    }

    @Test
    void stagingsComputeAndDatabaseAreBilledForTheHoursItsScheduleKeepsThemUp() {
        var schedule = settings("staging").offHours().schedule().orElseThrow();
        var estimate = estimate("staging");
        var service = settings("staging").service();
        var serviceHours = schedule.runningHoursPerWeek() * 730 / 168;
        assertEquals(service.minCount() * serviceHours * service.cpu() / 1024.0, sum(estimate, "Fargate vCPU"), 1e-6);
        assertEquals(service.minCount() * serviceHours, sum(estimate, "Public IPv4 (tasks)"), 1e-6);
        var database = estimate.items().stream().filter(i -> i.what().startsWith("RDS postgres")).findFirst().orElseThrow();
        assertEquals(schedule.databaseHoursPerWeek() * 730 / 168, database.quantity(), 1e-6, "the lead and stop delay included");
        assertTrue(database.quantity() < 730 / 2.0, "staging's database sleeps more than half the month");
    }

    @Test
    void productionRunsAroundTheClockWithTwoDatabaseInstances() {
        var estimate = estimate("production");
        var database = estimate.items().stream().filter(i -> i.what().startsWith("RDS postgres")).findFirst().orElseThrow();
        assertEquals(2 * 730.0, database.quantity(), 1e-9);
        assertEquals(settings("production").service().minCount() * 730.0, sum(estimate, "Public IPv4 (tasks)"), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void natGatewaysWouldCostMoreThanTheAddressesTheyReplace(String stack) {
        var nat = estimate(stack).nat().orElseThrow();
        assertEquals(settings(stack).network().azCount(), nat.gateways());
        assertTrue(nat.extraUsd() > 0 && nat.savedTaskIpsUsd() < nat.gatewayHoursUsd(), nat.toString());
    }

    @Test
    void eachUsageAssumptionReachesTheEstimateUnderItsOwnName() {
        var cost = new CostSettings(1, 2, 3, 4.5, 5, 6, 7.5, 8);
        assertEquals(new Usage(1, 2, 3, 4.5, 5, 6, 7.5, 8), StackCosts.usage(cost));
    }

    @Test
    void hoursFollowTheOffHoursScheduleWithTheDatabasesLeadAndStopDelay() {
        var weekdays = new OffHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(22, 0),
                ZoneId.of("Asia/Tokyo"), Duration.ofMinutes(20), Duration.ofMinutes(10));
        var hours = StackCosts.hours(Optional.of(weekdays));
        assertEquals(5 * 14 * 730 / 168.0, hours.service(), 1e-9);
        assertEquals(5 * 14.5 * 730 / 168.0, hours.database(), 1e-9);
        assertEquals(new Hours(730, 730), StackCosts.hours(Optional.empty()));
    }
}
