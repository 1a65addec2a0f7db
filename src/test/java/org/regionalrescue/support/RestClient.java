package org.regionalrescue.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Calls to the engine's REST API as one user (or anonymously), answers as maps and lists. */
public final class RestClient {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};

  private final TestRestTemplate http;

  private RestClient(TestRestTemplate http) {
    this.http = http;
  }

  public static RestClient as(TestRestTemplate http, String userId) {
    return new RestClient(http.withBasicAuth(userId, DemoUsers.PASSWORD));
  }

  public static RestClient anonymous(TestRestTemplate http) {
    return new RestClient(http);
  }

  public ResponseEntity<List<Map<String, Object>>> list(String path) {
    return http.exchange("/engine-rest" + path, HttpMethod.GET, null, LIST);
  }

  public ResponseEntity<Map<String, Object>> get(String path) {
    return http.exchange("/engine-rest" + path, HttpMethod.GET, null, OBJECT);
  }

  public ResponseEntity<Map<String, Object>> post(String path, Object body) {
    return http.exchange("/engine-rest" + path, HttpMethod.POST, new HttpEntity<>(body), OBJECT);
  }

  /** Starts {@code rescue-case} with the given variables. */
  public ResponseEntity<Map<String, Object>> startRescueCase(Map<String, Object> variables) {
    return post("/process-definition/key/rescue-case/start", Map.of("variables", camundaVariables(variables)));
  }

  /** Submits a task's form as Tasklist does. */
  public ResponseEntity<Map<String, Object>> submitForm(String taskId, Map<String, Object> variables) {
    return post("/task/" + taskId + "/submit-form", Map.of("variables", camundaVariables(variables)));
  }

  /** A list variable as Tasklist sends a checklist: JSON. */
  public static Map<String, Object> json(String jsonText) {
    return Map.of("value", jsonText, "type", "Json");
  }

  /** Variables as Camunda REST expects them: {"name": {"value": v}}, or a value already given with its type. */
  private static Map<String, Object> camundaVariables(Map<String, Object> variables) {
    Map<String, Object> wrapped = new LinkedHashMap<>();
    variables.forEach((name, value) -> wrapped.put(name,
        value instanceof Map<?, ?> typed && typed.containsKey("type") ? typed : Map.of("value", value)));
    return wrapped;
  }
}
