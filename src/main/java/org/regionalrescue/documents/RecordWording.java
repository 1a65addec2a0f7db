package org.regionalrescue.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.regionalrescue.organisation.Agency;
import org.regionalrescue.organisation.Organisation;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Chinese words a printed record uses for its fields and coded answers. A field entered in a form is labelled as
 * the form labels it, and a chosen option reads as the form's option text, so forms stay the one place for that
 * wording; the few fields a delegate fills in (times, leg numbers, agencies) are labelled here. Agency codes read as
 * the agency's name.
 */
@Component
class RecordWording {

  private static final String FORMS = "classpath*:forms/*.form";

  /** Fields of records that no form asks for: a delegate or listener fills them in. */
  private static final Map<String, String> COMPUTED_FIELDS = Map.ofEntries(
      Map.entry("arrivedAt", "到达时间"), Map.entry("costBasis", "费用承担依据"), Map.entry("costPayer", "费用承担方"),
      Map.entry("followUpDate", "跟进日期"), Map.entry("gridAgency", "网格所在地"),
      Map.entry("guardianshipStartDate", "临时监护开始日期"), Map.entry("incidentAt", "发生时间"),
      Map.entry("jointDepartment", "会办部门"),
      Map.entry("jointDepartmentName", "部门名称"), Map.entry("legMode", "交通方式"), Map.entry("legNumber", "护送段次"), Map.entry("notifiedVia", "通知方式"),
      Map.entry("planSubmittedOn", "方案报送日期"), Map.entry("policeReportedAt", "报告公安时间"),
      Map.entry("protectionOrderAppliedOn", "保护令申请日期"), Map.entry("receiverExternal", "外省接收机构"),
      Map.entry("receiverName", "接收人"), Map.entry("referredAt", "转介时间"), Map.entry("refusalDeliveredOn", "送达日期"),
      Map.entry("registeredOn", "落户登记日期"), Map.entry("returnOutcome", "返回方式"),
      Map.entry("sendingAgency", "移交机构"), Map.entry("sendingName", "移交人"),
      Map.entry("settlementLetterDate", "函件日期"), Map.entry("shelterExtendedUntil", "庇护延长至"),
      Map.entry("urgentHelpDate", "先行救助日期"), Map.entry("visitAfter", "回访时点"), Map.entry("visitDate", "回访日期"),
      Map.entry("caseAgency", "个案所在机构"), Map.entry("centerAgency", "区域性中心"),
      // street reports and the pilot programme
      Map.entry("placeName", "发现地点"), Map.entry("campaignActive", "专项行动期间"),
      Map.entry("responsibleAgency", "承办机构"), Map.entry("responseLevel", "响应等级"),
      Map.entry("reportedBy", "报告人（登记）"), Map.entry("suppliesSummary", "发放物资"),
      Map.entry("patrolsDone", "已巡查次数"), Map.entry("applicantName", "申报单位"),
      Map.entry("pilotTasksSummary", "试点任务概要"), Map.entry("planVersion", "方案版次"),
      Map.entry("submittedLate", "逾期报送"));

  /** Coded results that no form offers as options. */
  private static final Map<String, String> COMPUTED_VALUES = Map.of(
      "self-return", "自行返回", "fetched", "亲属或单位接领", "escorted", "护送返回");

  private final Organisation organisation;
  private final Map<String, String> labels = new HashMap<>(COMPUTED_FIELDS);
  private final Map<String, String> options = new HashMap<>();

  RecordWording(Organisation organisation) {
    this.organisation = organisation;
    ObjectMapper json = new ObjectMapper();
    try {
      for (Resource form : new PathMatchingResourcePatternResolver().getResources(FORMS)) {
        try (InputStream in = form.getInputStream()) {
          collect(json.readTree(in).path("components"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("forms unreadable", e);
    }
  }

  /** The label of a record's field; the field's name when nothing labels it. */
  String labelOf(String field) {
    return labels.getOrDefault(field, field);
  }

  boolean labels(String field) {
    return labels.containsKey(field);
  }

  /** A value as a reader understands it: 是/否, the option's text, the agency's name, or the value itself. */
  String display(String field, Object value) {
    if (value instanceof Boolean flag) {
      return flag ? "是" : "否";
    }
    String text = String.valueOf(value);
    String option = options.get(field + "=" + text);
    if (option != null) {
      return option;
    }
    return organisation.find(text).map(Agency::name).orElse(COMPUTED_VALUES.getOrDefault(text, text));
  }

  private void collect(JsonNode components) {
    for (JsonNode component : components) {
      String key = component.path("key").asText(null);
      // a date field (datetime) carries its label as dateLabel
      String label = component.hasNonNull("label") ? component.get("label").asText()
          : component.path("dateLabel").asText(null);
      if (key != null && label != null) {
        labels.putIfAbsent(key, label);
      }
      for (JsonNode option : component.path("values")) {
        options.putIfAbsent(key + "=" + option.path("value").asText(), option.path("label").asText());
      }
      collect(component.path("components"));
    }
  }
}
