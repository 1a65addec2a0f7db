package org.regionalrescue.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each webapp's Chinese labels are complete: ours where we translated, Camunda's English elsewhere. */
class ChineseLabelsTest {

  private final ChineseLabels labels = new ChineseLabels(new ObjectMapper());

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyLabelOfCamundaIsThereAndOursWin(String webapp) throws Exception {
    JsonNode english = new ObjectMapper().readTree(stripMark("META-INF/resources/webjars/camunda/app/%s/locales/en.json"
        .formatted(webapp)));
    JsonNode ours = new ObjectMapper().readTree(stripMark("webapp-labels/%s.zh.json".formatted(webapp)));
    JsonNode merged = labels.labelsOf(webapp);

    Set<String> mergedKeys = keys(merged.get("labels"));
    assertThat(mergedKeys).containsAll(keys(english.get("labels")));
    assertThat(keys(english.get("labels"))).as("no label of ours is unknown to Camunda (a typo or a removed label)")
        .containsAll(keys(ours.get("labels")));
    ours.get("labels").fields().forEachRemaining(label ->
        assertThat(merged.get("labels").get(label.getKey())).isEqualTo(label.getValue()));
    if (ours.has("dateLocales")) {
      assertThat(merged.get("dateLocales")).isEqualTo(ours.get("dateLocales"));
    }
  }

  private static Set<String> keys(JsonNode node) {
    Set<String> keys = new HashSet<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static String stripMark(String resource) throws Exception {
    try (var in = ChineseLabelsTest.class.getClassLoader().getResourceAsStream(resource)) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
  }
}
