package org.regionalrescue.rest;

import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.CAMPAIGN_ACTIVE;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.LOCATION_DETAIL;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.PERSON_APPEARANCE;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.PERSON_NAME;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.PERSON_REPORTER_NAME;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.PERSON_REPORTER_PHONE;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.PLACE;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.REPORTED_BY;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.REPORT_CHANNEL;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.REPORT_NUMBER;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.RESPOND_BY;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.RESPONSE_LEVEL;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.RESPONSIBLE_AGENCY;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.SITUATION;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.SOURCE_REFERENCE;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.URGENCY;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.WEATHER_WARNING;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.regionalrescue.calendar.WorkingDayCalendar;
import org.regionalrescue.process.streetdiscovery.StreetDiscoveryProcesses;
import org.regionalrescue.process.streetdiscovery.StreetReportCheck;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/reports}: a street report (发现报告) from an outside app, e.g. the hotline's system or a reporting
 * app, for members of {@code report-intake} (the security chain answers 401 without a login and 403 for anyone
 * else). The report is checked field by field ({@link StreetReportCheck}); a bad one gets a 400 naming every wrong
 * field in Chinese, and nothing is created. A good one starts {@code street-discovery} and answers 201 with the report
 * number, the responsible agency, the response level and the time the team must be on site; the same caller's same
 * {@code reference} answers 200 with the report made before.
 *
 * <pre>
 * {"channel": "hotline", "place": "qingshan-songlin", "locationDetail": "松林镇汽车站候车厅门口",
 *  "situation": "一名老人在候车厅过夜，衣着单薄", "urgency": "urgent", "weatherWarning": "blue",
 *  "personDescription": "男，约70岁，灰色棉衣", "reporterPhone": "0000-1234567", "reference": "HL-20261128-0042"}
 * </pre>
 */
@RestController
class StreetReportController {

  /** JSON field of the request → variable of the report. */
  static final Map<String, String> FIELDS = fields();

  private final StreetReportCheck check;
  private final StreetDiscoveryProcesses processes;

  StreetReportController(StreetReportCheck check, StreetDiscoveryProcesses processes) {
    this.check = check;
    this.processes = processes;
  }

  @PostMapping("/api/reports")
  ResponseEntity<Map<String, Object>> report(@RequestBody JsonNode body, Authentication caller) {
    List<Map<String, String>> errors = new ArrayList<>();
    if (body == null || !body.isObject()) {
      return badReport(List.of(error("", "请求内容应为 JSON 对象。")));
    }
    Map<String, Object> given = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String variable = FIELDS.get(field.getKey());
      if (variable == null) {
        errors.add(error(field.getKey(), "未知字段（可用字段：" + String.join("、", FIELDS.keySet()) + "）。"));
      } else if (!field.getValue().isNull()) {
        given.put(variable, field.getValue().isTextual() ? field.getValue().textValue() : field.getValue());
      }
    }
    StreetReportCheck.Result result = check.check(given);
    result.problems().forEach(problem -> errors.add(error(fieldOf(problem.variable()), problem.message())));
    if (!errors.isEmpty()) {
      return badReport(errors);
    }
    Optional<Map<String, Object>> before =
        processes.reportedBefore(caller.getName(), (String) result.report().get(SOURCE_REFERENCE));
    if (before.isPresent()) {
      return ResponseEntity.ok(answer(before.get()));
    }
    Map<String, Object> variables = new LinkedHashMap<>(result.report());
    variables.put(REPORTED_BY, caller.getName());
    return ResponseEntity.status(HttpStatus.CREATED).body(answer(processes.report(variables)));
  }

  @ExceptionHandler(BadUserRequestException.class)
  ResponseEntity<Map<String, Object>> refused(BadUserRequestException e) {
    return badReport(List.of(error("", e.getMessage())));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    return badReport(List.of(error("", "请求内容不是有效的 JSON。")));
  }

  private static Map<String, Object> answer(Map<String, Object> report) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("reportNumber", report.get(REPORT_NUMBER));
    answer.put("responsibleAgency", report.get(RESPONSIBLE_AGENCY));
    answer.put("responseLevel", report.get(RESPONSE_LEVEL));
    answer.put("respondBy", report.get(RESPOND_BY) instanceof Date due
        ? due.toInstant().atZone(WorkingDayCalendar.ZONE).toOffsetDateTime().toString() : null);
    answer.put("campaignActive", report.get(CAMPAIGN_ACTIVE));
    return answer;
  }

  private static ResponseEntity<Map<String, Object>> badReport(List<Map<String, String>> errors) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", "发现报告有误，未予登记。");
    body.put("errors", errors);
    return ResponseEntity.badRequest().body(body);
  }

  private static Map<String, String> error(String field, String message) {
    Map<String, String> error = new LinkedHashMap<>();
    error.put("field", field);
    error.put("message", message);
    return error;
  }

  private static String fieldOf(String variable) {
    return FIELDS.entrySet().stream().filter(f -> f.getValue().equals(variable)).map(Map.Entry::getKey).findFirst()
        .orElse(variable);
  }

  private static Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("channel", REPORT_CHANNEL);
    fields.put("place", PLACE);
    fields.put("locationDetail", LOCATION_DETAIL);
    fields.put("situation", SITUATION);
    fields.put("urgency", URGENCY);
    fields.put("weatherWarning", WEATHER_WARNING);
    fields.put("personName", PERSON_NAME);
    fields.put("personDescription", PERSON_APPEARANCE);
    fields.put("reporterName", PERSON_REPORTER_NAME);
    fields.put("reporterPhone", PERSON_REPORTER_PHONE);
    fields.put("reference", SOURCE_REFERENCE);
    return java.util.Collections.unmodifiableMap(fields);
  }
}
