package dev.webstack.notifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsWhatSnsAndCloudWatchSend() {
        var parsed = Json.parseObject("{\"a\": [1, 2.5, -3e2], \"b\": {\"c\": null, \"d\": true}, \"e\": \"line\\nquote\\\" \\u00e9\"}");
        assertEquals(List.of(1.0, 2.5, -300.0), parsed.get("a"));
        assertEquals(true, ((Map<?, ?>) parsed.get("b")).get("d"));
        assertEquals("line\nquote\" é", parsed.get("e"));
    }

    @Test
    void writesWhatItReads() {
        var text = "{\"title\":\"ALARM: x\",\"list\":[1,\"two\",false,null],\"tab\":\"a\\tb\"}";
        assertEquals(text, Json.write(Json.parse(text)).replace("1.0", "1"));
    }

    @Test
    void refusesBrokenJson() {
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": }"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("[1, 2"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{} trailing"));
    }
}
