package org.regionalrescue.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** Behind TLS (profile {@code tls}) the session cookie is Secure and the webapps send HSTS. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:rescue-tls;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"demo", "tls"})
class TlsProfileIT {

  @Autowired TestRestTemplate http;

  @Test
  void cookiesAreSecureAndBrowsersAreToldToStayOnHttps() {
    ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);

    assertThat(page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE))
        .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
        .isNotEmpty()
        .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly"));
    assertThat(page.getHeaders().getFirst("Strict-Transport-Security")).contains("max-age=31536000");
    assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
  }
}
