package dev.webstack.cost;

import dev.webstack.plan.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A region's prices, read from {@code prices/<region>.json} on the classpath, and the types
 * that cost nothing by themselves, from {@code prices/no-charge.json}. Data, not code: a price
 * changes by editing the file, which names its source and the date it was checked.
 */
public final class PriceTable {

    private final String region;
    private final String compiled;
    private final Map<String, Price> prices;
    private final Map<String, String> noCharge;

    PriceTable(String region, String compiled, Map<String, Price> prices, Map<String, String> noCharge) {
        this.region = region;
        this.compiled = compiled;
        this.prices = Map.copyOf(prices);
        this.noCharge = Map.copyOf(noCharge);
    }

    /** The table of a region, or an error naming the file to add. */
    public static PriceTable forRegion(String region) {
        var root = Json.parseObject(resource("prices/" + region + ".json")
                .orElseThrow(() -> new IllegalArgumentException("no price table for region " + region
                        + "; add cost/src/main/resources/prices/" + region + ".json (see cost/README.md)")));
        var prices = new LinkedHashMap<String, Price>();
        ((Map<?, ?>) root.get("prices")).forEach((key, value) -> {
            var entry = (Map<?, ?>) value;
            prices.put(String.valueOf(key), new Price(String.valueOf(key), ((Number) entry.get("usd")).doubleValue(),
                    String.valueOf(entry.get("per")), String.valueOf(entry.get("source")), !Boolean.FALSE.equals(entry.get("confirmed"))));
        });
        var noCharge = new LinkedHashMap<String, String>();
        ((Map<?, ?>) Json.parseObject(resource("prices/no-charge.json").orElseThrow()).get("types"))
                .forEach((type, reason) -> noCharge.put(String.valueOf(type), String.valueOf(reason)));
        return new PriceTable(String.valueOf(root.get("region")), String.valueOf(root.get("compiled")), prices, noCharge);
    }

    /** The regions that have a table. */
    public static List<String> regions() {
        return List.of("ap-northeast-1", "us-east-1");
    }

    public String region() {
        return region;
    }

    /** When the table was compiled from its sources. */
    public String compiled() {
        return compiled;
    }

    public Optional<Price> price(String key) {
        return Optional.ofNullable(prices.get(key));
    }

    public Map<String, Price> prices() {
        return prices;
    }

    /** Why a resource type costs nothing by itself, if it does not. */
    public Optional<String> noCharge(String type) {
        return Optional.ofNullable(noCharge.get(type));
    }

    private static Optional<String> resource(String path) {
        try (InputStream in = PriceTable.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }
}
