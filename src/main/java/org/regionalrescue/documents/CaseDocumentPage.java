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
 * case file, the recorded fields in the words of {@link RecordWording}, and lines for signatures and the seal. Every value is
 * HTML-escaped; the page loads nothing from elsewhere.
 */
final class CaseDocumentPage {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private CaseDocumentPage() {}

  static String of(String agencyName, String caseNumber, CaseRecordType type, Map<String, Object> person,
      Map<String, Object> content, RecordWording wording) {
    StringBuilder rows = new StringBuilder();
    row(rows, "个案编号", caseNumber);
    row(rows, "姓名", person.getOrDefault("name", "（未登记）"));
    if (person.get("idNumber") != null) {
      row(rows, "居民身份证号码", person.get("idNumber"));
    }
    for (String variable : type.contentVariables()) {
      if (content.get(variable) != null && !content.get(variable).toString().isBlank()) {
        row(rows, wording.labelOf(variable), wording.display(variable, content.get(variable)));
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
    rows.append("<tr><th>").append(htmlEscape(label)).append("</th><td>").append(htmlEscape(String.valueOf(value)))
        .append("</td></tr>");
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
