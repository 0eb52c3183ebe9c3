package dev.webstack.offline;

import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import dev.webstack.settings.ConfigSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the values the SDK sends to the engine into plain Java (maps, lists, text, longs,
 * doubles, booleans). Secrets become {@link ConfigSource#SECRET_PLACEHOLDER} here, at the
 * only place that can still see which values are secret, so no plan ever holds one.
 */
final class ProtoValues {

    /** The SDK's markers (pulumi/sdk/proto: special signature key and values). */
    private static final String SIGNATURE_KEY = "4dabf18193072939515e22adb298388d";
    private static final String SECRET_SIGNATURE = "1b47061264138c4ac30d75fd1eb44270";
    private static final String RESOURCE_SIGNATURE = "5cf8f73096256a8f31e491e813e4eb8e";
    private static final String OUTPUT_SIGNATURE = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
    private static final String ASSET_SIGNATURE = "c44067f5952c0a294b673a41bacd8c17";
    private static final String ARCHIVE_SIGNATURE = "0def7320c3a5731c473e5ecbe6d01bc7";
    private static final String UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    static final String UNKNOWN_PLACEHOLDER = "[unknown]";

    private ProtoValues() {
    }

    static Map<String, Object> read(Struct struct) {
        var map = new TreeMap<String, Object>();
        struct.getFieldsMap().forEach((k, v) -> map.put(k, read(v)));
        return Collections.unmodifiableMap(map);
    }

    /** Top-level keys whose value is, or contains, a secret. */
    static List<String> secretKeys(Struct struct) {
        return struct.getFieldsMap().entrySet().stream()
                .filter(e -> containsSecret(e.getValue()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    private static boolean containsSecret(Value value) {
        return switch (value.getKindCase()) {
            case STRUCT_VALUE -> {
                var fields = value.getStructValue().getFieldsMap();
                if (isSigned(fields, SECRET_SIGNATURE)) {
                    yield true;
                }
                if (isSigned(fields, OUTPUT_SIGNATURE) && fields.containsKey("secret")
                        && fields.get("secret").getBoolValue()) {
                    yield true;
                }
                yield fields.values().stream().anyMatch(ProtoValues::containsSecret);
            }
            case LIST_VALUE -> value.getListValue().getValuesList().stream().anyMatch(ProtoValues::containsSecret);
            default -> false;
        };
    }

    private static Object read(Value value) {
        return switch (value.getKindCase()) {
            case NULL_VALUE, KIND_NOT_SET -> null;
            case BOOL_VALUE -> value.getBoolValue();
            case NUMBER_VALUE -> number(value.getNumberValue());
            case STRING_VALUE -> UNKNOWN.equals(value.getStringValue()) ? UNKNOWN_PLACEHOLDER : value.getStringValue();
            case LIST_VALUE -> list(value.getListValue());
            case STRUCT_VALUE -> struct(value.getStructValue());
        };
    }

    private static Object struct(Struct struct) {
        var fields = struct.getFieldsMap();
        if (isSigned(fields, SECRET_SIGNATURE)) {
            return ConfigSource.SECRET_PLACEHOLDER;
        }
        if (isSigned(fields, OUTPUT_SIGNATURE)) {
            if (fields.containsKey("secret") && fields.get("secret").getBoolValue()) {
                return ConfigSource.SECRET_PLACEHOLDER;
            }
            return fields.containsKey("value") ? read(fields.get("value")) : UNKNOWN_PLACEHOLDER;
        }
        if (isSigned(fields, RESOURCE_SIGNATURE)) {
            var id = fields.get("id");
            return id != null && !id.getStringValue().isEmpty() ? id.getStringValue() : fields.get("urn").getStringValue();
        }
        if (isSigned(fields, ASSET_SIGNATURE) || isSigned(fields, ARCHIVE_SIGNATURE)) {
            var kind = isSigned(fields, ASSET_SIGNATURE) ? "asset" : "archive";
            var path = fields.containsKey("path") ? fields.get("path").getStringValue() : "inline";
            return "[" + kind + ": " + path + "]";
        }
        return read(struct);
    }

    private static List<Object> list(ListValue list) {
        var items = new ArrayList<Object>();
        list.getValuesList().forEach(v -> items.add(read(v)));
        return Collections.unmodifiableList(items);
    }

    private static boolean isSigned(Map<String, Value> fields, String signature) {
        var sig = fields.get(SIGNATURE_KEY);
        return sig != null && signature.equals(sig.getStringValue());
    }

    /** Numbers travel as doubles; whole ones read back as longs so ports stay 443, not 443.0. */
    static Object number(double number) {
        if (number == Math.rint(number) && !Double.isInfinite(number) && Math.abs(number) < 1e15) {
            return (long) number;
        }
        return number;
    }
}
