package org.regionalrescue.security;

import org.camunda.bpm.engine.IdentityService;
import org.regionalrescue.organisation.SystemGroup;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Explicit filter chains, one per entry point; whatever no chain allows is denied.
 *
 * <ul>
 *   <li>{@code /engine-rest/**}: HTTP Basic against Camunda identity, stateless, the user handed to the engine.
 *   <li>{@code /api/**}: our own API, HTTP Basic, stateless.
 *   <li>{@code /camunda/**}: Camunda's webapps with their own login, session and CSRF protection; the admin setup
 *       endpoint is closed.
 *   <li>{@code /actuator/**}: health only, without login.
 *   <li>{@code /documents/**}: printable case records, read-only; who may print which case is decided from the
 *       webapps' login by the documents controller (401 without it, 403 for another agency's case).
 *   <li>everything else: the root redirect and the error page; nothing more.
 * </ul>
 */
@Configuration
class SecurityConfiguration {

  static final String REST_API = "/engine-rest/**";
  static final String WEBAPPS = "/camunda/**";
  static final String ADMIN_SETUP = "/camunda/api/admin/setup/**";
  static final String DOCUMENTS = "/documents/**";

  /** Servlet paths, not Spring MVC mappings: the REST API and the webapps are served by their own servlets. */
  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  /** Before the REST API and the webapps' API, after authentication (Spring Security's chains run first). */
  @Bean
  FilterRegistrationBean<QueryExpressionGuard> queryExpressionGuard() {
    FilterRegistrationBean<QueryExpressionGuard> registration = new FilterRegistrationBean<>(new QueryExpressionGuard());
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }

  @Bean
  @Order(1)
  SecurityFilterChain restApi(HttpSecurity http, IdentityService identity) throws Exception {
    return http.securityMatcher(path(REST_API))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName("rescue-workflow"))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(AbstractHttpConfigurer::disable)
        .addFilterAfter(new EngineIdentityFilter(identity), BasicAuthenticationFilter.class)
        .build();
  }

  /**
   * Our own API ({@code /api/**}): HTTP Basic against Camunda identity, stateless, like the REST API. Street reports
   * ({@code /api/reports}) only from the reporting apps' group.
   */
  @Bean
  @Order(2)
  SecurityFilterChain ownApi(HttpSecurity http) throws Exception {
    return http.securityMatcher(path("/api/**"))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path("/api/reports"), path("/api/reports/**")).hasAuthority(SystemGroup.REPORT_INTAKE)
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName("rescue-workflow"))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(AbstractHttpConfigurer::disable)
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain webapps(HttpSecurity http) throws Exception {
    return http.securityMatcher(path(WEBAPPS))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path(ADMIN_SETUP)).denyAll()
            // Tasklist, Cockpit and Admin authenticate with their own login and session
            .anyRequest().permitAll())
        // the webapps send their own CSRF token (Camunda's CsrfPreventionFilter) and security headers
        .csrf(AbstractHttpConfigurer::disable)
        .headers(headers -> headers.contentTypeOptions(HeadersConfigurer.ContentTypeOptionsConfig::disable)
            .frameOptions(frame -> frame.sameOrigin()))
        .build();
  }

  @Bean
  @Order(4)
  SecurityFilterChain actuator(HttpSecurity http) throws Exception {
    return http.securityMatcher(path("/actuator/**"))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path("/actuator/health"), path("/actuator/health/**")).permitAll()
            .anyRequest().denyAll())
        .build();
  }

  @Bean
  @Order(4)
  SecurityFilterChain documents(HttpSecurity http) throws Exception {
    return http.securityMatcher(path(DOCUMENTS))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, DOCUMENTS)).permitAll()
            .anyRequest().denyAll())
        .build();
  }

  @Bean
  @Order(100)
  SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path("/"), path("/error"), path("/favicon.ico")).permitAll()
            .anyRequest().denyAll())
        .httpBasic(Customizer.withDefaults())
        .build();
  }
}
