package dev.webstack.cost;

import java.util.LinkedHashMap;
import java.util.Map;

/** The estimate as the plan JSON's "cost" section. Field names are a contract with the pull-request tooling. */
public final class EstimateJson {

    public static final String SECTION = "cost";
    public static final String MONTHLY_USD = "monthlyUsd";

    private EstimateJson() {
    }

    public static Map<String, Object> of(Estimate estimate) {
        var root = new LinkedHashMap<String, Object>();
        root.put("region", estimate.region());
        root.put("pricesCompiled", estimate.compiled());
        root.put(MONTHLY_USD, round(estimate.totalUsd()));
        root.put("budgetUsd", estimate.budgetUsd());
        root.put("withinBudget", estimate.withinBudget());
        root.put("items", estimate.items().stream().map(EstimateJson::item).toList());
        estimate.nat().ifPresent(nat -> {
            var map = new LinkedHashMap<String, Object>();
            map.put("gateways", nat.gateways());
            map.put("gbPerMonth", nat.gbPerMonth());
            map.put("extraMonthlyUsd", round(nat.extraUsd()));
            root.put("withNatGateways", map);
        });
        return root;
    }

    private static Map<String, Object> item(LineItem item) {
        var map = new LinkedHashMap<String, Object>();
        map.put("category", item.category());
        map.put("what", item.what());
        map.put("resources", item.resources());
        map.put("kind", item.kind().name().toLowerCase(java.util.Locale.ROOT));
        map.put("quantity", round(item.quantity()));
        item.price().ifPresent(price -> {
            map.put("unitUsd", price.usd());
            map.put("per", price.per());
            map.put("priceConfirmed", price.confirmed());
            map.put("source", price.source());
        });
        map.put(MONTHLY_USD, round(item.monthlyUsd()));
        map.put("note", item.note());
        return map;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
