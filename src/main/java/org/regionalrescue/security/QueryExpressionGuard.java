package org.regionalrescue.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.regionalrescue.rest.RereadableRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses task and filter queries that carry an expression ({@code ${...}} or {@code #{...}}), wherever it hides:
 * query parameters, the JSON body, and inside {@code orQueries}, where Camunda 7.24 CE evaluates expressions although
 * ad-hoc query expressions are switched off (CVE-2026-109432). Applies to the REST API and to the webapps' API.
 */
class QueryExpressionGuard extends OncePerRequestFilter {

  static final Pattern QUERY_PATHS = Pattern.compile(
      "^/(engine-rest|camunda/api/engine/engine/[^/]+)/(task(/count)?|filter(/.*)?|history/task(/count)?)/?$");
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\s*\\{");
  private static final int LARGEST_QUERY = 1 << 20;

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !QUERY_PATHS.matcher(path).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = RereadableRequest.bodyOf(request, LARGEST_QUERY);
    if (body.length > LARGEST_QUERY) {
      refuse(response, "查询条件过长。");
      return;
    }
    String query = request.getQueryString() == null ? "" : URLDecoder.decode(request.getQueryString(),
        StandardCharsets.UTF_8);
    if (EXPRESSION.matcher(query).find() || EXPRESSION.matcher(new String(body, StandardCharsets.UTF_8)).find()) {
      refuse(response, "查询中不允许使用表达式（${…} 或 #{…}）。");
      return;
    }
    chain.doFilter(new RereadableRequest(request, body), response);
  }

  private static void refuse(HttpServletResponse response, String message) throws IOException {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write("{\"type\":\"InvalidRequestException\",\"message\":\"" + message + "\"}");
  }
}
