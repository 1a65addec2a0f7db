package org.regionalrescue.support.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.regionalrescue.support.DemoUsers;

/**
 * The engine's REST API of one node as one user (HTTP Basic, the demo password), JSON in and out. A node that is
 * down or killed during the call throws {@link IOException}, as it would for any client.
 */
public final class Rest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  /** A node's answer: the status and the JSON body (missing when there is none). */
  public record Answer(int status, JsonNode body) {
    public boolean ok() {
      return status >= 200 && status < 300;
    }

    public String message() {
      return body.path("message").asText("");
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  private final Node node;
  private final String authorization;
  private final String user;

  private Rest(Node node, String user) {
    this.node = node;
    this.user = user;
    this.authorization = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  public static Rest as(Node node, String user) {
    return new Rest(node, user);
  }

  public Node node() {
    return node;
  }

  public String user() {
    return user;
  }

  public Answer get(String path) throws IOException {
    return send(HttpRequest.newBuilder(node.uri("/engine-rest" + path)).GET());
  }

  public Answer post(String path, Object body) throws IOException {
    return send(HttpRequest.newBuilder(node.uri("/engine-rest" + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(write(body))));
  }

  public Answer put(String path, Object body) throws IOException {
    return send(HttpRequest.newBuilder(node.uri("/engine-rest" + path))
        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(write(body))));
  }

  /** Submits a task's form as Tasklist does. */
  public Answer submitForm(String taskId, Map<String, Object> variables) throws IOException {
    return post("/task/" + taskId + "/submit-form", Map.of("variables", variables(variables)));
  }

  /**
   * Variables as Camunda's REST API expects them: {@code {"name": {"value": v}}}, or a value given with its type
   * ({@link #json}).
   */
  public static Map<String, Object> variables(Map<String, Object> variables) {
    Map<String, Object> wrapped = new LinkedHashMap<>();
    variables.forEach((name, value) -> wrapped.put(name,
        value instanceof Map<?, ?> typed && typed.containsKey("type") ? typed : Map.of("value", value)));
    return wrapped;
  }

  /** A list variable as Tasklist sends a checklist: JSON. */
  public static Map<String, Object> json(String jsonText) {
    return Map.of("value", jsonText, "type", "Json");
  }

  private Answer send(HttpRequest.Builder request) throws IOException {
    try {
      HttpResponse<String> response = HTTP.send(request.header("Authorization", authorization)
          .header("Accept", "application/json").timeout(PATIENCE).build(), HttpResponse.BodyHandlers.ofString());
      String body = response.body();
      return new Answer(response.statusCode(), body == null || body.isBlank() ? MissingNode.getInstance()
          : readOrText(body));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static JsonNode readOrText(String body) {
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      return JSON.getNodeFactory().textNode(body);
    }
  }

  private static String write(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
