package dev.webstack.settings;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.webstack.settings.net.Cidr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How the text Pulumi hands a program becomes a typed value, and how a typed value is shown
 * back in messages and in docs/configuration.md.
 *
 * @param <T> the Java type of the setting
 */
public final class ValueType<T> {

    private final String description;
    private final Function<String, Optional<T>> parser;
    private final Function<String, Complaint> complaint;
    private final Function<T, String> display;

    private ValueType(String description, Function<String, Optional<T>> parser,
                      Function<String, Complaint> complaint, Function<T, String> display) {
        this.description = description;
        this.parser = parser;
        this.complaint = complaint;
        this.display = display;
    }

    public static final ValueType<String> TEXT = new ValueType<>("text",
            Optional::of, raw -> new Complaint("is not text", "write plain text"), ValueType::quoted);

    public static final ValueType<Integer> WHOLE_NUMBER = new ValueType<>("whole number",
            ValueType::parseInteger,
            raw -> new Complaint("is not a whole number", "write digits only, without quotes or units"),
            String::valueOf);

    /** A non-negative decimal, for usage assumptions such as 0.5 LCU. */
    public static final ValueType<Double> NUMBER = new ValueType<>("number",
            raw -> raw.matches("\\d{1,9}(\\.\\d{1,6})?") ? Optional.of(Double.parseDouble(raw)) : Optional.empty(),
            raw -> new Complaint("is not a number", "write digits with an optional decimal point, e.g. 0.5"),
            value -> value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value));

    /** Strict: Pulumi's own getBoolean reads anything but "true" as false, which hides typos. */
    public static final ValueType<Boolean> TRUE_OR_FALSE = new ValueType<>("true or false",
            raw -> switch (raw) {
                case "true" -> Optional.of(true);
                case "false" -> Optional.of(false);
                default -> Optional.empty();
            },
            raw -> new Complaint("is not true or false", "write true or false"),
            String::valueOf);

    public static final ValueType<Cidr> CIDR = new ValueType<>("IPv4 CIDR",
            raw -> Cidr.parse(raw).cidr(),
            raw -> new Complaint(Cidr.parse(raw).problem(), "write a network such as 10.0.0.0/16"),
            Cidr::toString);

    public static final ValueType<List<String>> TEXT_LIST = new ValueType<>("list of text",
            ValueType::parseTextList,
            raw -> new Complaint("is not a list of text", "write a YAML list, e.g. [first, second], or [] for none"),
            list -> list.isEmpty() ? "[]" : list.stream().map(ValueType::quoted).collect(Collectors.joining(", ", "[", "]")));

    public static final ValueType<Map<String, String>> TEXT_MAP = new ValueType<>("map of text to text",
            ValueType::parseTextMap,
            raw -> new Complaint("is not a map of text to text", "write a YAML mapping of names to values, e.g. {team: web}"),
            map -> map.isEmpty() ? "{}" : map.entrySet().stream()
                    .map(e -> e.getKey() + ": " + quoted(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}")));

    /** A value that must be stored encrypted; its text is never displayed. */
    public static final ValueType<SecretValue> SECRET = new ValueType<>("secret",
            raw -> Optional.of(new SecretValue(raw)),
            raw -> new Complaint("is not a secret", "set it with pulumi config set --secret"),
            secret -> "[secret]");

    public static <E extends Enum<E>> ValueType<E> oneOf(Class<E> type) {
        var constants = type.getEnumConstants();
        var names = Arrays.stream(constants).map(ValueType::enumText).toList();
        return new ValueType<>("one of " + String.join(", ", names),
                raw -> Arrays.stream(constants).filter(c -> enumText(c).equals(raw)).findFirst(),
                raw -> new Complaint("is not one of " + String.join(", ", names), "use " + orList(names)),
                ValueType::enumText);
    }

    public String description() {
        return description;
    }

    Optional<T> parse(String raw) {
        return parser.apply(raw);
    }

    Complaint complaintAbout(String raw) {
        return complaint.apply(raw);
    }

    public String display(T value) {
        return display.apply(value);
    }

    /** Shows text the way a user wrote it, so they recognise it in a message. */
    static String quoted(String text) {
        return "'" + text + "'";
    }

    static String enumText(Enum<?> constant) {
        return constant instanceof Textual t ? t.text() : constant.name();
    }

    /** An enum whose configuration spelling differs from its Java name. */
    public interface Textual {
        String text();
    }

    /** "a, b or c", the way the fixes in messages list alternatives. */
    public static String orList(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    private static Optional<Integer> parseInteger(String raw) {
        if (!raw.matches("-?\\d{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(raw));
    }

    private static Optional<JsonElement> json(String raw) {
        try {
            return Optional.of(JsonParser.parseString(raw));
        } catch (JsonParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<List<String>> parseTextList(String raw) {
        var element = json(raw);
        if (element.isEmpty() || !element.get().isJsonArray()) {
            return Optional.empty();
        }
        var list = new ArrayList<String>();
        for (var item : element.get().getAsJsonArray()) {
            if (!item.isJsonPrimitive()) {
                return Optional.empty();
            }
            list.add(item.getAsString());
        }
        return Optional.of(List.copyOf(list));
    }

    private static Optional<Map<String, String>> parseTextMap(String raw) {
        var element = json(raw);
        if (element.isEmpty() || !element.get().isJsonObject()) {
            return Optional.empty();
        }
        var map = new LinkedHashMap<String, String>();
        for (var entry : element.get().getAsJsonObject().entrySet()) {
            if (!entry.getValue().isJsonPrimitive()) {
                return Optional.empty();
            }
            map.put(entry.getKey(), entry.getValue().getAsString());
        }
        return Optional.of(java.util.Collections.unmodifiableMap(map));
    }
}
