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
import java.util.concurrent.ConcurrentHashMap;
import org.regionalrescue.support.DemoUsers;

/**
 * The engine's REST API as the demo users call it, JSON over one keep-alive client shared by all simulated
 * caseworkers; answers are parsed into maps and lists. Two ways to log in ({@link Login}): as Tasklist does (the
 * default: one session per user, the webapps' engine API, the CSRF header) or as a REST client does (HTTP Basic on
 * every call to {@code /engine-rest}).
 */
final class RestDriver {

  /** How the simulated users log in. */
  enum Login {
    /** As a caseworker in Tasklist: a session per user, calls to the API Tasklist uses, with its CSRF token. */
    TASKLIST("/camunda/api/engine/engine/default"),
    /** As a REST client (the hotline app, scripts): HTTP Basic on every call to the REST API. */
    BASIC("/engine-rest");

    private final String apiRoot;

    Login(String apiRoot) {
      this.apiRoot = apiRoot;
    }

    String apiRoot() {
      return apiRoot;
    }
  }

  static final String HAL = "application/hal+json";
  static final Duration TIMEOUT = Duration.ofSeconds(120);

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final String base;
  private final Login login;
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  /** A logged-in Tasklist user: the session cookie and the session's CSRF token. */
  private record Session(String cookie, String csrfToken) {}

  RestDriver(int port, Login login) {
    this.base = "http://localhost:" + port;
    this.login = login;
  }

  Login login() {
    return login;
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
    return send(user, HttpRequest.newBuilder(URI.create(base + login.apiRoot() + path)).GET(), "application/json");
  }

  Answer post(String user, String path, Object body) {
    return post(user, path, body, "application/json");
  }

  Answer post(String user, String path, Object body, String accept) {
    try {
      return send(user, HttpRequest.newBuilder(URI.create(base + login.apiRoot() + path))
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
    if (user != null && login == Login.BASIC) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    } else if (user != null) {
      Session session = sessions.computeIfAbsent(user, this::logIn);
      request.header("Cookie", session.cookie()).header("X-XSRF-TOKEN", session.csrfToken());
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

  /**
   * Logs in as Tasklist's login page does: the page hands out a session and its CSRF token, the login form starts a
   * new session, whose first API call hands out the new session's token.
   */
  private Session logIn(String user) {
    try {
      HttpResponse<Void> page = http.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/"))
          .timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.discarding());
      HttpResponse<Void> loggedIn = http.send(HttpRequest.newBuilder(URI.create(base
              + "/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies(page))
          .header("X-XSRF-TOKEN", page.headers().firstValue("X-XSRF-TOKEN").orElse(""))
          .timeout(TIMEOUT).POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password="
              + encode(DemoUsers.PASSWORD))).build(), HttpResponse.BodyHandlers.discarding());
      if (loggedIn.statusCode() != 200) {
        throw new IllegalStateException("Tasklist login of " + user + " answered " + loggedIn.statusCode());
      }
      String cookie = cookies(loggedIn);
      HttpResponse<Void> engines = http.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/"))
          .header("Cookie", cookie).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.discarding());
      return new Session(cookie, engines.headers().firstValue("X-XSRF-TOKEN").orElseThrow(
          () -> new IllegalStateException("no CSRF token for " + user)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String cookies(HttpResponse<?> response) {
    return String.join("; ", response.headers().allValues("Set-Cookie").stream()
        .map(cookie -> cookie.split(";", 2)[0]).toList());
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
