package org.regionalrescue.documents;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.regionalrescue.calendar.WorkingDayCalendar;
import org.regionalrescue.casefile.CaseRecordType;

/**
 * The printable page of one written record: the agency as issuer, the title, the case number, the person from the
 * case file, the recorded fields with their Chinese labels, and lines for signatures and the seal. Every value is
 * HTML-escaped; the page loads nothing from elsewhere.
 */
final class CaseDocumentPage {

  /** Chinese labels of the fields the records hold (see {@link CaseRecordType#contentVariables()}). */
  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("arrivalChannel", "来站方式"), Map.entry("handoverUnit", "护送单位"),
      Map.entry("handoverRecordNumber", "交接表编号"), Map.entry("sex", "性别"), Map.entry("age", "年龄（周岁）"),
      Map.entry("consentToHelp", "本人自愿接受救助"), Map.entry("refusalReason", "不予救助理由"),
      Map.entry("refusalExplanation", "说明"), Map.entry("departureNote", "离站情况"),
      Map.entry("terminationGround", "终止救助理由"), Map.entry("terminationExplanation", "说明"),
      Map.entry("behaviourFinding", "行为状况"), Map.entry("handoverPoliceStation", "接收的公安机关"),
      Map.entry("minorReportNumber", "报警回执编号"), Map.entry("guardianshipMeasures", "临时监护措施"),
      Map.entry("extensionApproved", "同意延长救助期限"), Map.entry("extensionReason", "延期理由"),
      Map.entry("approvalNote", "审批意见"), Map.entry("careDecision", "照料决定"),
      Map.entry("returnOutcome", "返回方式"), Map.entry("servicesProvided", "在站服务"));

  /** Chinese words for the coded answers a printed record shows most. */
  private static final Map<String, String> VALUES = Map.ofEntries(
      Map.entry("walk-in", "主动求助"), Map.entry("police", "公安机关护送"), Map.entry("other-department", "城管等部门护送"),
      Map.entry("street-team", "街面救助引导"), Map.entry("escalation", "下级机构提级"), Map.entry("male", "男"),
      Map.entry("female", "女"), Map.entry("self-return", "自行返回"), Map.entry("fetched", "亲属或单位接领"),
      Map.entry("escorted", "护送返回"));

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private CaseDocumentPage() {}

  static String of(String agencyName, String caseNumber, CaseRecordType type, Map<String, Object> person,
      Map<String, Object> content) {
    StringBuilder rows = new StringBuilder();
    row(rows, "个案编号", caseNumber);
    row(rows, "姓名", person.getOrDefault("name", "（未登记）"));
    if (person.get("idNumber") != null) {
      row(rows, "居民身份证号码", person.get("idNumber"));
    }
    for (String variable : type.contentVariables()) {
      if (content.get(variable) != null && !content.get(variable).toString().isBlank()) {
        row(rows, LABELS.getOrDefault(variable, variable), content.get(variable));
      }
    }
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.ZONE);
    return html(type.title() + " · " + caseNumber, """
        <p class="issuer">%s</p>
        <h1>%s</h1>
        <table>%s</table>
        <div class="signatures">
          <p>经办人（签名）：＿＿＿＿＿＿＿＿　　当事人（签名或按指印）：＿＿＿＿＿＿＿＿</p>
          <p class="seal">%s（盖章）<br>%s</p>
        </div>
        <p class="actions"><button type="button" onclick="window.print()">打印</button></p>
        """.formatted(htmlEscape(agencyName), htmlEscape(type.title()), rows, htmlEscape(agencyName),
        DATE.format(today)));
  }

  /** The list of a case's records, each linking to its printable page. */
  static String index(String caseNumber, Map<CaseRecordType, String> documents) {
    StringBuilder items = new StringBuilder();
    documents.forEach((type, href) -> items.append("<li><a href=\"").append(htmlEscape(href)).append("\">")
        .append(htmlEscape(type.title())).append("</a></li>"));
    return html("个案文书 · " + caseNumber, """
        <h1>个案文书</h1>
        <p>个案编号：%s</p>
        %s
        """.formatted(htmlEscape(caseNumber),
        documents.isEmpty() ? "<p>本个案还没有出具文书。</p>" : "<ul class=\"documents\">" + items + "</ul>"));
  }

  static String message(String text) {
    return html("救助文书", "<p>" + htmlEscape(text) + "</p>");
  }

  private static void row(StringBuilder rows, String label, Object value) {
    rows.append("<tr><th>").append(htmlEscape(label)).append("</th><td>").append(htmlEscape(display(value)))
        .append("</td></tr>");
  }

  private static String display(Object value) {
    if (value instanceof Boolean flag) {
      return flag ? "是" : "否";
    }
    String text = String.valueOf(value);
    return VALUES.getOrDefault(text, text);
  }

  private static String html(String title, String body) {
    return """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <title>%s</title>
        <style>
          body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", "SimSun", serif; max-width: 180mm;
                 margin: 20mm auto; color: #000; }
          .issuer { text-align: center; font-size: 14pt; margin: 0; }
          h1 { text-align: center; font-size: 22pt; letter-spacing: 4pt; margin: 8mm 0; }
          table { width: 100%%; border-collapse: collapse; font-size: 12pt; }
          th, td { border: 1px solid #000; padding: 3mm; text-align: left; vertical-align: top; }
          th { width: 35%%; font-weight: normal; background: #f4f4f4; }
          .signatures { margin-top: 12mm; font-size: 12pt; line-height: 2; }
          .seal { text-align: right; }
          @media print { .actions { display: none; } body { margin: 0 auto; } }
        </style>
        </head>
        <body>
        %s
        </body>
        </html>
        """.formatted(htmlEscape(title), body);
  }
}
