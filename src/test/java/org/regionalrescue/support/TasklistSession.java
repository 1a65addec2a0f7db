package org.regionalrescue.support;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A browser session of Tasklist: logged in as Tasklist's login page does (the page's session and CSRF token, then the
 * login form), with the headers its later requests carry — for the webapps' engine API and {@code /documents}.
 */
public record TasklistSession(String cookies, String csrfToken) {

  public static TasklistSession login(TestRestTemplate http, String user) {
    ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
    String csrfToken = page.getHeaders().getFirst("X-XSRF-TOKEN");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set("X-XSRF-TOKEN", csrfToken);
    headers.set(HttpHeaders.COOKIE, cookiesOf(page));
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", DemoUsers.PASSWORD);
    ResponseEntity<String> login = http.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
        HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    if (!login.getStatusCode().is2xxSuccessful()) {
      throw new IllegalStateException("Tasklist login of " + user + " refused: " + login.getStatusCode());
    }
    // the login starts a new session; its first request hands out the session's CSRF token, as Tasklist's does
    HttpHeaders session = new HttpHeaders();
    session.set(HttpHeaders.COOKIE, cookiesOf(login));
    ResponseEntity<String> engines = http.exchange("/camunda/api/engine/engine/", HttpMethod.GET,
        new HttpEntity<>(session), String.class);
    return new TasklistSession(cookiesOf(login), engines.getHeaders().getFirst("X-XSRF-TOKEN"));
  }

  /** The headers of a JSON request of Tasklist: its cookies and CSRF token. */
  public HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("X-XSRF-TOKEN", csrfToken);
    headers.set(HttpHeaders.COOKIE, cookies);
    return headers;
  }

  private static String cookiesOf(ResponseEntity<?> response) {
    return String.join("; ", response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
        .map(c -> c.split(";", 2)[0]).toList());
  }
}
