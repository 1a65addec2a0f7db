package org.regionalrescue.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the variables a caller sends to the engine (start, task completion, form submission, message correlation,
 * variable updates) before the engine sees them, on the REST API and on the API Tasklist uses. It refuses with 400 and
 * a Chinese message naming the field, and the engine never starts the command:
 * <ul>
 *   <li>a text longer than {@value #LONGEST_TEXT} characters (a string variable, or any other text of the request;
 *       not the values the engine keeps as bytes: Json, Xml, files): the engine keeps text in a column of that size
 *       and would fail while writing, with a 500 and the text in its log;
 *   <li>a value declared {@code Json} that is not JSON: the engine stores it unread, and every later step that reads
 *       the case's variables fails (the case is stuck);
 *   <li>a Java-serialized object (switched off in the engine, which answers it with a 500).
 * </ul>
 * A body over {@value #LARGEST_BODY} bytes is refused with 413. Deployments (multipart) and bodies that are not JSON
 * pass through: the engine refuses those itself ({@link MalformedJsonMapper}).
 */
class VariableInputGuard extends OncePerRequestFilter {

  /** The engine's text column: {@code ACT_RU_VARIABLE.TEXT_} and its history are {@code varchar(4000)}. */
  static final int LONGEST_TEXT = 4000;
  static final int LARGEST_BODY = 1 << 20;
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");
  /** Value types the engine keeps in a byte array, where the text column's limit does not apply. */
  private static final Set<String> STORED_AS_BYTES = Set.of("json", "xml", "object", "bytes", "file");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String type = request.getContentType();
    return !WRITES.contains(request.getMethod())
        || type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = RereadableRequest.bodyOf(request, LARGEST_BODY);
    if (body.length > LARGEST_BODY) {
      refuse(response, 413, "提交的内容过大（超过 1 MB）：请分开提交，附件请另行存档。");
      return;
    }
    String refusal = refusal(body);
    if (refusal != null) {
      refuse(response, HttpServletResponse.SC_BAD_REQUEST, refusal);
      return;
    }
    chain.doFilter(new RereadableRequest(request, body), response);
  }

  /** Why the body is refused, or null. */
  static String refusal(byte[] body) {
    JsonNode tree;
    try {
      tree = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      return null;
    } catch (IOException e) {
      return null;
    }
    return tree == null ? null : refusal(null, tree);
  }

  private static String refusal(String name, JsonNode node) {
    if (node.isTextual() && node.textValue().length() > LONGEST_TEXT) {
      return "“" + label(name) + "”的内容过长：最多 " + LONGEST_TEXT + " 字。";
    }
    if (node.isObject()) {
      String declared = node.path("type").asText("").toLowerCase(Locale.ROOT);
      JsonNode value = node.get("value");
      if ("json".equals(declared) && value != null && !value.isNull() && !isJsonText(value)) {
        return "“" + label(name) + "”应为有效的 JSON（例如多选项的列表）。";
      }
      if ("object".equals(declared) && node.path("valueInfo").path("serializationDataFormat").asText("")
          .contains("java")) {
        return "“" + label(name) + "”是 Java 序列化的对象，不被接受：请以文本、数字、是/否或 JSON 提交。";
      }
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        if ("value".equals(field.getKey()) && STORED_AS_BYTES.contains(declared)) {
          continue;
        }
        String found = refusal("value".equals(field.getKey()) ? name : field.getKey(), field.getValue());
        if (found != null) {
          return found;
        }
      }
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        String found = refusal(name, element);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static boolean isJsonText(JsonNode value) {
    if (!value.isTextual()) {
      return false;
    }
    try {
      JSON.readTree(value.textValue());
      return !value.textValue().isBlank();
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  /** The field's name as the caller sent it, shortened: it names what to correct, never repeats a value. */
  private static String label(String name) {
    if (name == null) {
      return "请求";
    }
    return name.length() > 64 ? name.substring(0, 64) + "…" : name;
  }

  private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.writeValueAsString(Map.of("type", "InvalidRequestException", "message", message)));
  }
}
