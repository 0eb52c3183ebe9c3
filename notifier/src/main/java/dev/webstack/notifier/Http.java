package dev.webstack.notifier;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The function's one way out: an HTTPS POST. Tests replace it; Lambda uses the JDK's client. */
interface Http {

    record Response(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    Response post(URI uri, Map<String, String> headers, String body);

    /** The JDK's HTTP client, with timeouts well inside the function's own. */
    static Http jdk() {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        return (uri, headers, body) -> {
            var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).POST(HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            try {
                var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Response(response.statusCode(), response.body());
            } catch (IOException e) {
                throw new DeliveryException("POST to " + uri.getHost() + " failed: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeliveryException("interrupted while posting to " + uri.getHost(), e);
            }
        };
    }
}
