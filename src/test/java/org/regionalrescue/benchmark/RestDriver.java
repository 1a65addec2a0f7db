package org.regionalrescue.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regionalrescue.support.DemoUsers;

/**
 * The engine's REST API as the demo users call it: HTTP Basic, JSON, one keep-alive client shared by all simulated
 * caseworkers. Answers are parsed into maps and lists.
 */
final class RestDriver {

  static final String HAL = "application/hal+json";
  static final Duration TIMEOUT = Duration.ofSeconds(120);

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final String base;

  RestDriver(int port) {
    this.base = "http://localhost:" + port;
  }

  record Answer(int status, Object body, long nanos) {
    boolean ok() {
      return status >= 200 && status < 300;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object() {
      return (Map<String, Object>) body;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> list() {
      return (List<Map<String, Object>>) body;
    }
  }

  Answer get(String user, String path) {
    return send(user, HttpRequest.newBuilder(URI.create(base + "/engine-rest" + path)).GET(), "application/json");
  }

  Answer post(String user, String path, Object body) {
    return post(user, path, body, "application/json");
  }

  Answer post(String user, String path, Object body, String accept) {
    try {
      return send(user, HttpRequest.newBuilder(URI.create(base + "/engine-rest" + path))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))), accept);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Any path of the application without login, e.g. the readiness probe. */
  int status(String path) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Answer send(String user, HttpRequest.Builder request, String accept) {
    request.header("Accept", accept).timeout(TIMEOUT);
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      long start = System.nanoTime();
      HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      long nanos = System.nanoTime() - start;
      byte[] bytes = response.body();
      Object body;
      try {
        body = bytes.length == 0 ? null : json.readValue(bytes, Object.class);
      } catch (IOException notJson) {
        body = new String(bytes, StandardCharsets.UTF_8);
      }
      return new Answer(response.statusCode(), body, nanos);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Variables as Camunda REST expects them: {"name": {"value": v}}, or a value already given with its type. */
  static Map<String, Object> camundaVariables(Map<String, Object> variables) {
    Map<String, Object> wrapped = new LinkedHashMap<>();
    variables.forEach((name, value) -> wrapped.put(name,
        value instanceof Map<?, ?> typed && typed.containsKey("type") ? typed : Map.of("value", value)));
    return wrapped;
  }
}
