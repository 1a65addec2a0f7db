package org.regionalrescue.webapps;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Chinese labels of Camunda's webapps, {@code <webapp path>/app/<app>/locales/zh.json}: our translations
 * ({@code webapp-labels/<app>.zh.json}) laid over Camunda's English labels of the same webapp. Each webapp's
 * {@code config.js} offers only {@code zh}, so every browser gets Chinese whatever its own language, and a label we
 * have not translated shows in English rather than as a raw key.
 */
@RestController
public class ChineseLabels {

  static final Set<String> WEBAPPS = Set.of("tasklist", "cockpit", "admin", "welcome");
  private static final String CAMUNDA_LABELS = "META-INF/resources/webjars/camunda/app/%s/locales/en.json";
  private static final String OUR_LABELS = "webapp-labels/%s.zh.json";
  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private final ObjectMapper json;
  private final Map<String, byte[]> merged = new ConcurrentHashMap<>();

  public ChineseLabels(ObjectMapper json) {
    this.json = json;
  }

  @GetMapping(path = "${camunda.bpm.webapp.application-path:/camunda}/app/{webapp}/locales/zh.json",
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<byte[]> of(@PathVariable String webapp) {
    if (!WEBAPPS.contains(webapp)) {
      return ResponseEntity.notFound().build();
    }
    return ResponseEntity.ok(merged.computeIfAbsent(webapp, this::merge));
  }

  /** Camunda's English file with every label (and the date settings) we translated replaced by ours. */
  ObjectNode labelsOf(String webapp) {
    ObjectNode english = read(CAMUNDA_LABELS.formatted(webapp));
    ObjectNode chinese = read(OUR_LABELS.formatted(webapp));
    ObjectNode labels = english.with("labels");
    labels.setAll(chinese.with("labels"));
    chinese.remove("labels");
    english.setAll(chinese);
    return english;
  }

  private byte[] merge(String webapp) {
    try {
      return json.writeValueAsBytes(labelsOf(webapp));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ObjectNode read(String resource) {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // Camunda's files start with a byte-order mark
      return (ObjectNode) json.readTree(text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text);
    } catch (IOException e) {
      throw new UncheckedIOException("webapp labels missing: " + resource, e);
    }
  }
}
