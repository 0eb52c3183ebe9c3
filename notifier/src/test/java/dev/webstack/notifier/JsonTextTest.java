package dev.webstack.notifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the formatter relies on from the JSON library: objects as ordered maps, numbers as doubles, anything else refused. */
class JsonTextTest {

    @Test
    void readsWhatSnsAndCloudWatchSend() {
        var parsed = JsonText.object("{\"a\": [1, 2.5, -3e2], \"b\": {\"c\": null, \"d\": true}, \"e\": \"line\\nquote\\\" \\u00e9\"}");
        assertEquals(List.of("a", "b", "e"), List.copyOf(parsed.keySet()), "document order");
        assertEquals(List.of(1.0, 2.5, -300.0), parsed.get("a"));
        assertEquals(true, ((Map<?, ?>) parsed.get("b")).get("d"));
        assertEquals("line\nquote\" é", parsed.get("e"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hello from a test publish", "[1, 2]", "{\"a\": }", "{} trailing", "", "\"text\""})
    void refusesAnythingButOneObject(String text) {
        assertThrows(IllegalArgumentException.class, () -> JsonText.object(text));
    }

    @Test
    void writesInOrderWithoutHtmlEscapes() {
        var message = new LinkedHashMap<String, Object>();
        message.put("title", "ALARM: <db> & \"quotes\"\tend");
        message.put("color", 0xE74C3C);
        message.put("parse", List.of());
        assertEquals("{\"title\":\"ALARM: <db> & \\\"quotes\\\"\\tend\",\"color\":15158332,\"parse\":[]}", JsonText.write(message));
    }
}
