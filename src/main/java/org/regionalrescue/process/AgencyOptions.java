package org.regionalrescue.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.regionalrescue.organisation.Agency;

/**
 * Agencies as the options of a Camunda Form select or checklist fed by a variable ({@code valuesKey}):
 * {@code [{"label": name, "value": code}, ...]}, in the order given, as a JSON variable.
 */
public final class AgencyOptions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AgencyOptions() {}

  public static JsonValue of(List<Agency> agencies) {
    List<Map<String, String>> options = agencies.stream().map(agency -> {
      Map<String, String> option = new LinkedHashMap<>();
      option.put("label", agency.name());
      option.put("value", agency.code());
      return option;
    }).toList();
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(options)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("agency options not serialisable", e);
    }
  }
}
