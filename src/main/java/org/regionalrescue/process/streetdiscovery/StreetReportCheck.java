package org.regionalrescue.process.streetdiscovery;

import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.LOCATION_DETAIL;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.PERSON_APPEARANCE;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.PERSON_NAME;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.PERSON_REPORTER_NAME;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.PERSON_REPORTER_PHONE;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.PLACE;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.REPORT_CHANNEL;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.SITUATION;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.SOURCE_REFERENCE;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.URGENCY;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.WEATHER_WARNING;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.regionalrescue.organisation.Agency;
import org.regionalrescue.organisation.AgencyLevel;
import org.regionalrescue.organisation.Organisation;
import org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.Channel;
import org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.Urgency;
import org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.WeatherWarning;
import org.springframework.stereotype.Component;

/**
 * What a street report must hold, wherever it comes from (the start form in Tasklist, the engine's REST API, or
 * {@code POST /api/reports}): every field is checked and every problem named, in Chinese, so that a reporting app can
 * show them all at once. Text is trimmed; HTML and script (angle brackets) and control characters are refused, as is
 * anything longer than its limit. The messages never repeat what was written in a personal field.
 */
@Component
public class StreetReportCheck {

  /** One field that is wrong: the variable's name and what is wrong with it. */
  public record Problem(String variable, String message) {}

  /** The report as it will be started: trimmed text, the weather warning defaulted; and what is wrong with it. */
  public record Result(Map<String, Object> report, List<Problem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /** The variables a report may carry, with their Chinese labels, in the order of the form. */
  public static final Map<String, String> LABELS = labels();

  static final int LONGEST_LOCATION = 200;
  static final int LONGEST_SITUATION = 500;
  static final int LONGEST_NAME = 50;
  static final int LONGEST_APPEARANCE = 500;
  static final int LONGEST_REFERENCE = 64;

  private static final Pattern AGENCY_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{3,20}");
  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._:-]+");
  /** Angle brackets (HTML, script) and control characters other than line breaks and tabs. */
  private static final Pattern MARKUP = Pattern.compile("[<>\\p{Cntrl}&&[^\\n\\r\\t]]");
  /** Places a report can name: the civil-affairs chain below the province; partner departments are no places. */
  private static final Set<AgencyLevel> PLACE_LEVELS =
      EnumSet.of(AgencyLevel.REGIONAL_CENTER, AgencyLevel.COUNTY, AgencyLevel.TOWNSHIP, AgencyLevel.VILLAGE);

  private final Organisation organisation;

  public StreetReportCheck(Organisation organisation) {
    this.organisation = organisation;
  }

  /** Checks the report's variables (by their process variable names); variables it does not know are left out. */
  public Result check(Map<String, Object> given) {
    Map<String, Object> report = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    Fields fields = new Fields(given, report, problems);

    fields.code(REPORT_CHANNEL, true, Channel.ALL);
    fields.place();
    fields.text(LOCATION_DETAIL, true, LONGEST_LOCATION);
    fields.text(SITUATION, true, LONGEST_SITUATION);
    fields.code(URGENCY, true, Urgency.ALL);
    fields.code(WEATHER_WARNING, false, WeatherWarning.ALL);
    report.putIfAbsent(WEATHER_WARNING, WeatherWarning.NONE);
    fields.text(PERSON_NAME, false, LONGEST_NAME);
    fields.text(PERSON_APPEARANCE, false, LONGEST_APPEARANCE);
    fields.text(PERSON_REPORTER_NAME, false, LONGEST_NAME);
    fields.matching(PERSON_REPORTER_PHONE, PHONE, "只能包含数字、空格、+ 和 -（3至20位）");
    fields.matching(SOURCE_REFERENCE, REFERENCE, "只能包含字母、数字和 . _ : -（" + LONGEST_REFERENCE + "位以内）");
    return new Result(report, List.copyOf(problems));
  }

  /** The agency a report's place names, when it is one a report may name. */
  public Optional<Agency> place(String code) {
    return organisation.find(code).filter(agency -> PLACE_LEVELS.contains(agency.level()));
  }

  private final class Fields {
    private final Map<String, Object> given;
    private final Map<String, Object> report;
    private final List<Problem> problems;

    Fields(Map<String, Object> given, Map<String, Object> report, List<Problem> problems) {
      this.given = given;
      this.report = report;
      this.problems = problems;
    }

    /** The trimmed text of a field, null when missing or blank; a problem when it is not text. */
    private String read(String name, boolean required) {
      Object value = given.get(name);
      if (value != null && !(value instanceof String)) {
        problem(name, "应为文本");
        return null;
      }
      String text = value == null ? null : ((String) value).strip();
      if (text == null || text.isEmpty()) {
        if (required) {
          problems.add(new Problem(name, LABELS.get(name) + "为必填项。"));
        }
        return null;
      }
      if (MARKUP.matcher(text).find()) {
        problem(name, "不能包含 HTML、脚本（< > 字符）或控制字符");
        return null;
      }
      return text;
    }

    void text(String name, boolean required, int longest) {
      String text = read(name, required);
      if (text == null) {
        return;
      }
      if (text.codePointCount(0, text.length()) > longest) {
        problem(name, "不能超过" + longest + "个字");
        return;
      }
      report.put(name, text);
    }

    void code(String name, boolean required, Map<String, String> allowed) {
      String code = read(name, required);
      if (code == null) {
        return;
      }
      if (!allowed.containsKey(code)) {
        problem(name, "只能是以下之一：" + String.join("、", allowed.keySet().stream()
            .map(c -> c + "（" + allowed.get(c) + "）").toList()));
        return;
      }
      report.put(name, code);
    }

    void matching(String name, Pattern pattern, String rule) {
      String text = read(name, false);
      if (text == null) {
        return;
      }
      if (text.length() > LONGEST_REFERENCE || !pattern.matcher(text).matches()) {
        problem(name, rule);
        return;
      }
      report.put(name, text);
    }

    void place() {
      String code = read(PLACE, true);
      if (code == null) {
        return;
      }
      if (!AGENCY_CODE.matcher(code).matches()) {
        problem(PLACE, "应为组织架构中的乡镇（街道）、村（社区）或县区的机构代码");
      } else if (StreetReportCheck.this.place(code).isEmpty()) {
        problems.add(new Problem(PLACE, LABELS.get(PLACE) + "“" + code
            + "”不是本区域组织架构中的乡镇（街道）、村（社区）或县区。"));
      } else {
        report.put(PLACE, code);
      }
    }

    private void problem(String name, String what) {
      problems.add(new Problem(name, LABELS.get(name) + what + "。"));
    }
  }

  private static Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(REPORT_CHANNEL, "报告渠道");
    labels.put(PLACE, "发现地点");
    labels.put(LOCATION_DETAIL, "具体位置");
    labels.put(SITUATION, "现场情况");
    labels.put(URGENCY, "紧急程度");
    labels.put(WEATHER_WARNING, "气象预警");
    labels.put(PERSON_NAME, "姓名");
    labels.put(PERSON_APPEARANCE, "体貌特征");
    labels.put(PERSON_REPORTER_NAME, "报告人姓名");
    labels.put(PERSON_REPORTER_PHONE, "报告人联系电话");
    labels.put(SOURCE_REFERENCE, "来源系统报告编号");
    return java.util.Collections.unmodifiableMap(labels);
  }
}
