package org.regionalrescue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalrescue.support.DemoUsers.ADMIN;
import static org.regionalrescue.support.DemoUsers.HOTLINE_APP;
import static org.regionalrescue.support.DemoUsers.POLICY_STAFF;
import static org.regionalrescue.support.DemoUsers.QINGSHAN_CASEWORKER;
import static org.regionalrescue.support.DemoUsers.QINGSHAN_SUPERVISOR;
import static org.regionalrescue.support.DemoUsers.SONGLIN_CASEWORKER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.regionalrescue.casefile.CaseRecordType;
import org.regionalrescue.support.FictionalPeople;
import org.regionalrescue.support.RescueApplicationTest;
import org.regionalrescue.support.RestClient;
import org.regionalrescue.support.TasklistSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bad-input corpus (issue 9): every endpoint of ours ({@code /api/**}, {@code /documents/**}) and the engine's
 * start, task completion, form submission and message correlation as our processes use them, fed missing and
 * wrong-typed values, oversized texts, HTML and script, expressions, invalid ID numbers, unknown case numbers, task
 * ids, message names and agencies. For every row of {@link #corpus()}: the answer is the expected 4xx (never a 5xx),
 * its message is Chinese, says what is wrong and repeats no personal data, and nothing changed anywhere — the whole
 * database is compared before and after (every case's executions, tasks and variables with their revisions, the
 * engine's history, the case files with their encrypted contents, the written records, the access log, the case
 * numbers issued). Expressions are never evaluated: the corpus's expressions would set a variable {@code injected},
 * which never appears.
 *
 * <p>The rows name their targets by placeholder ({@code @registration.task}): five cases of 青山县 stopped at
 * different steps, set up once before the corpus runs.
 */
@RescueApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT {

  private static final Duration JOB_EXECUTOR_PATIENCE = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** An expression that, if anything evaluated it, would leave a trace: a variable named {@code injected}. */
  private static final String EXPRESSION = "${execution.setVariable('injected', true)}";
  private static final String HASH_EXPRESSION = "#{execution.setVariable('injected', true)}";
  private static final String SCRIPT = "<script>alert('x')</script>";
  /** In a path: an encoded slash ({@code </script>}) is refused by the server before any application code. */
  private static final String SCRIPT_IN_PATH = "<script>alert(1)";
  private static final String FIVE_THOUSAND = "长".repeat(5000);
  private static final String ONE_MEGABYTE = "x".repeat(1 << 20);
  private static final String VALID_ID = FictionalPeople.idNumber("19700707");

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  /** Placeholder → id, case number or business key of the cases the corpus aims at. */
  private final Map<String, String> targets = new LinkedHashMap<>();
  private TasklistSession tasklist;

  // ------------------------------------------------------------------------------------------------ the corpus

  /** Who sends a row: a REST user, or Tasklist (the webapps' API and {@code /documents}, with a session). */
  enum Caller { CASEWORKER, ADMIN, POLICY_STAFF, TASKLIST, REPORT_APP, TOWNSHIP, SUPERVISOR }

  /**
   * One bad request and what must come back: its status and a part of its message.
   *
   * @param body a {@code Map} sent as JSON, a {@code String} sent as it is (JSON content type), or null
   */
  record BadInput(String name, Caller caller, HttpMethod method, String path, Object body, int status,
      String says) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final String START = "/engine-rest/process-definition/key/rescue-case/start";
  private static final String REGISTRATION = "/engine-rest/task/@registration.task/submit-form";
  private static final String SCREENING = "/engine-rest/task/@screening.task/submit-form";
  private static final String ASSESSMENT = "/engine-rest/task/@assessment.task/submit-form";
  private static final String CARE = "/engine-rest/task/@care.task/submit-form";
  private static final String COMPARISON = "/engine-rest/task/@comparison.task/submit-form";
  private static final String MESSAGE = "/engine-rest/message";
  private static final String PERSON = "/api/cases/@screening.case/person";
  private static final String MIGRATIONS = "/api/migrations/rescue-case";
  private static final String STREET_START = "/engine-rest/process-definition/key/street-discovery/start";
  private static final String CAMPAIGN_START = "/engine-rest/process-definition/key/weather-campaign/start";

  Stream<BadInput> corpus() {
    List<BadInput> rows = new ArrayList<>();
    // ---- starting a case: POST /engine-rest/process-definition/key/rescue-case/start
    rows.add(caseworker("start: unknown agency", START, variables("caseAgency", "atlantis"), 400, "未知的机构代码"));
    rows.add(caseworker("start: agency as a number", START, variables("caseAgency", 5), 400, "应为文本"));
    rows.add(caseworker("start: agency as JSON", START, variables("caseAgency", typed("{\"code\":\"qingshan\"}",
        "Json")), 400, "应为文本"));
    rows.add(caseworker("start: agency is an expression", START, variables("caseAgency", EXPRESSION), 400,
        "未知的机构代码"));
    rows.add(caseworker("start: agency is a script", START, variables("caseAgency", SCRIPT), 400, "未知的机构代码"));
    rows.add(caseworker("start: another county's agency", START, variables("caseAgency", "linjiang"), 400,
        "不属于机构"));
    rows.add(caseworker("start: unknown arrival channel", START, variables("arrivalChannel", "teleport"), 400,
        "来源渠道"));
    rows.add(caseworker("start: arrival channel as a number", START, variables("arrivalChannel", 7), 400, "来源渠道"));
    rows.add(caseworker("start: arrival channel is an expression", START, variables("arrivalChannel", HASH_EXPRESSION),
        400, "来源渠道"));
    rows.add(caseworker("start: note of 5000 characters", START, variables("arrivalNote", FIVE_THOUSAND), 400,
        "arrivalNote”的内容过长"));
    rows.add(caseworker("start: note of 1 MB", START, variables("arrivalNote", ONE_MEGABYTE), 413, "过大"));
    rows.add(caseworker("start: Json that is not JSON", START, variables("handoverUnit", typed("not json", "Json")),
        400, "handoverUnit”应为有效的 JSON"));
    rows.add(caseworker("start: text declared Integer", START, variables("age", typed("abc", "Integer")), 400,
        "类型不符"));
    rows.add(caseworker("start: unknown value type", START, variables("age", typed("40", "Nonsense")), 400,
        "类型不符"));
    rows.add(caseworker("start: Java-serialized object", START, variables("x", Map.of("value", "rO0ABXQAA2FiYw==",
        "type", "Object", "valueInfo", Map.of("objectTypeName", "java.lang.String",
            "serializationDataFormat", "application/x-java-serialized-object"))), 400, "Java 序列化"));
    rows.add(caseworker("start: body is not JSON", START, "{\"variables\":", 400, "不是有效的 JSON"));
    rows.add(caseworker("start: body is a JSON array", START, "[1, 2]", 400, "不是有效的 JSON"));
    rows.add(caseworker("start: variables is text", START, "{\"variables\": \"age=40\"}", 400, "不是有效的 JSON"));
    rows.add(caseworker("start: unknown process", "/engine-rest/process-definition/key/no-such-process/start",
        variables(), 404, "没有已部署的流程"));
    rows.add(caseworker("start: process key is an expression", "/engine-rest/process-definition/key/"
        + encode(EXPRESSION) + "/start", variables(), 404, "没有已部署的流程"));
    rows.add(caseworker("start form: unknown arrival channel",
        "/engine-rest/process-definition/key/rescue-case/submit-form", variables("arrivalChannel", "teleport"), 400,
        "来源渠道"));

    // ---- 接待登记: submit-form and complete
    rows.add(caseworker("接待登记: age as words", REGISTRATION, registration("age", "四十"), 400, "年龄"));
    rows.add(caseworker("接待登记: age with a fraction", REGISTRATION, registration("age", 40.5), 400, "年龄"));
    rows.add(caseworker("接待登记: age 999", REGISTRATION, registration("age", 999), 400, "年龄"));
    rows.add(caseworker("接待登记: age missing", REGISTRATION, variables("sex", "male"), 400, "年龄"));
    rows.add(caseworker("接待登记: age is an expression", REGISTRATION, registration("age", EXPRESSION), 400, "年龄"));
    rows.add(caseworker("接待登记: a number for a flag", REGISTRATION, registration("lacksCapacity", 5), 400,
        "只能选择是或否"));
    rows.add(caseworker("接待登记: JSON for a flag", REGISTRATION, registration("consentToHelp",
        typed("{\"yes\":true}", "Json")), 400, "本人自愿接受救助"));
    rows.add(caseworker("接待登记: HTML for the sex", REGISTRATION, registration("sex", "<b>male</b>"), 400, "性别"));
    rows.add(caseworker("接待登记: ID number with a wrong check digit", REGISTRATION,
        registration("person_idNumber", wrongCheckDigit(VALID_ID)), 400, "校验位"));
    rows.add(caseworker("接待登记: ID number of 17 digits", REGISTRATION,
        registration("person_idNumber", VALID_ID.substring(0, 17)), 400, "18位"));
    rows.add(caseworker("接待登记: ID number born on 30 February", REGISTRATION,
        registration("person_idNumber", "990101197002301230"), 400, "出生日期"));
    rows.add(caseworker("接待登记: ID number is a script", REGISTRATION, registration("person_idNumber", SCRIPT), 400,
        "身份证号码"));
    rows.add(caseworker("接待登记: ID number is an expression", REGISTRATION, registration("person_idNumber",
        "${1+1}"), 400, "身份证号码"));
    rows.add(caseworker("接待登记: name as JSON", REGISTRATION, registration("person_name", typed("[\"测\"]", "Json")),
        400, "内容格式不正确"));
    rows.add(caseworker("接待登记: hardship of 5000 characters", REGISTRATION, registration("person_hardship",
        FIVE_THOUSAND), 400, "person_hardship”的内容过长"));
    rows.add(caseworker("接待登记: name of 1 MB", REGISTRATION, registration("person_name", ONE_MEGABYTE), 413, "过大"));
    rows.add(caseworker("接待登记: valid personal data with a wrong age changes nothing", REGISTRATION,
        variables("sex", "male", "age", "abc", "person_name", FictionalPeople.NAME, "person_idNumber", VALID_ID),
        400, "年龄"));
    rows.add(caseworker("接待登记: complete (not submit-form) with a wrong age",
        "/engine-rest/task/@registration.task/complete", registration("age", "abc"), 400, "年龄"));
    rows.add(new BadInput("接待登记 in Tasklist: age as words", Caller.TASKLIST, HttpMethod.POST,
        "/camunda/api/engine/engine/default/task/@registration.task/submit-form", registration("age", "四十"), 400,
        "年龄"));

    // ---- 安检与检视, 甄别评估, 站内照料, 比对指纹人脸
    rows.add(caseworker("安检与检视: unknown health finding", SCREENING, screening("healthFinding", "weird"), 400,
        "身体和精神状况"));
    rows.add(caseworker("安检与检视: health finding missing", SCREENING, variables("securityCheckDone", true,
        "behaviourFinding", "none"), 400, "身体和精神状况"));
    rows.add(caseworker("安检与检视: behaviour finding as a number", SCREENING, screening("behaviourFinding", 5), 400,
        "行为状况"));
    rows.add(caseworker("安检与检视: health finding is a script", SCREENING, screening("healthFinding", SCRIPT), 400,
        "身体和精神状况"));
    rows.add(caseworker("甄别评估: a condition answered maybe", ASSESSMENT, assessment("cannotPayFoodLodging",
        "maybe"), 400, "自身无力解决食宿"));
    rows.add(caseworker("甄别评估: other scheme as JSON", ASSESSMENT, assessment("otherSchemeNeed",
        typed("[\"none\"]", "Json")), 400, "需衔接的其他救助"));
    rows.add(caseworker("甄别评估: text for a flag", ASSESSMENT, assessment("domesticViolence", "sometimes"), 400,
        "家庭暴力受害人"));
    rows.add(caseworker("站内照料: decision is an expression", CARE, variables("careDecision", EXPRESSION), 400,
        "处理决定"));
    rows.add(caseworker("站内照料: decision missing", CARE, variables(), 400, "处理决定"));
    rows.add(caseworker("比对指纹人脸: result maybe", COMPARISON, comparison("biometricMatch", "maybe"), 400, "比对结果"));
    rows.add(caseworker("比对指纹人脸: result missing", COMPARISON, variables("suspectedMissing", "no"), 400,
        "比对结果"));
    rows.add(caseworker("比对指纹人脸: checklist that is not JSON", COMPARISON, comparison("biometricComparisons",
        typed("[\"fingerprint\"", "Json")), 400, "biometricComparisons”应为有效的 JSON"));

    // ---- tasks that are not there
    rows.add(caseworker("task: submit-form of an unknown task", "/engine-rest/task/no-such-task/submit-form",
        variables(), 404, "没有找到这个任务"));
    rows.add(caseworker("task: complete an unknown task", "/engine-rest/task/no-such-task/complete", variables(), 404,
        "没有找到这个任务"));
    rows.add(caseworker("task: claim an unknown task", "/engine-rest/task/no-such-task/claim",
        Map.of("userId", QINGSHAN_CASEWORKER), 404, "没有找到这个任务"));
    rows.add(caseworker("task: task id is an expression", "/engine-rest/task/" + encode(EXPRESSION) + "/complete",
        variables(), 404, "没有找到这个任务"));

    // ---- messages: POST /engine-rest/message
    rows.add(admin("message: FamilyContact for an unknown case", message("FamilyContact", "qingshan-20990101-9999"),
        400, "没有找到对应的个案"));
    rows.add(admin("message: unknown message name", message("NoSuchMessage", "@awaiting.case"), 400,
        "没有找到对应的个案"));
    rows.add(admin("message: no message name", Map.of("businessKey", "@awaiting.case"), 400, "消息名称"));
    rows.add(admin("message: business key is a script", message("FamilyContact", SCRIPT), 400, "没有找到对应的个案"));
    rows.add(admin("message: PoliceDnaFeedback without a result", message("PoliceDnaFeedback", "@awaiting.case"),
        400, "dnaMatch"));
    rows.add(admin("message: PoliceDnaFeedback result perhaps", message("PoliceDnaFeedback", "@awaiting.case",
        "dnaMatch", "perhaps"), 400, "dnaMatch"));
    rows.add(admin("message: PoliceDnaFeedback result as a number", message("PoliceDnaFeedback", "@awaiting.case",
        "dnaMatch", 5), 400, "dnaMatch"));
    rows.add(admin("message: PoliceDnaFeedback result is an expression", message("PoliceDnaFeedback",
        "@awaiting.case", "dnaMatch", EXPRESSION), 400, "dnaMatch"));
    rows.add(admin("message: PoliceDnaFeedback with 5000 characters", message("PoliceDnaFeedback", "@awaiting.case",
        "dnaMatch", FIVE_THOUSAND), 400, "dnaMatch”的内容过长"));
    rows.add(admin("message: referral to an unknown agency", referral("caseAgency", "atlantis"), 400, "未知的机构代码"));
    rows.add(admin("message: referral with the agency as a number", referral("caseAgency", 42), 400, "应为文本"));
    rows.add(admin("message: referral with an unknown channel", referral("arrivalChannel", "teleport"), 400,
        "来源渠道"));

    // ---- our API: a case's personal data
    rows.add(caseworker("person: unknown case number", HttpMethod.GET,
        "/api/cases/qingshan-20990101-9999/person?reason=" + encode("核实身份"), 400, "未找到个案"));
    rows.add(caseworker("person: case number is a script", HttpMethod.GET,
        "/api/cases/" + encode(SCRIPT_IN_PATH) + "/person?reason=x", 400, "未找到个案"));
    rows.add(caseworker("person: case number is an expression", HttpMethod.GET,
        "/api/cases/" + encode(EXPRESSION) + "/person?reason=x", 400, "未找到个案"));
    rows.add(caseworker("person: no reason", HttpMethod.GET, PERSON, 400, "理由"));
    rows.add(caseworker("person: blank reason", HttpMethod.GET, PERSON + "?reason=%20", 400, "理由"));
    rows.add(caseworker("person: reason of 501 characters", HttpMethod.GET, PERSON + "?reason=" + "x".repeat(501), 400,
        "理由"));
    rows.add(caseworker("person: POST instead of GET", HttpMethod.POST, PERSON + "?reason=x", 405, "请求方式"));
    rows.add(caseworker("person: empty case number", HttpMethod.GET, "/api/cases//person?reason=x", 400,
        "请求格式不正确"));
    rows.add(caseworker("api: unknown path", HttpMethod.GET, "/api/nothing-here", 404, "没有这个地址"));
    rows.add(caseworker("person: reason of 20 000 characters (URL over 8 KB)", HttpMethod.GET,
        PERSON + "?reason=" + "x".repeat(20_000), 400, "请求无法处理"));
    rows.add(caseworker("person: case number with an encoded slash", HttpMethod.GET,
        "/api/cases/" + encode(SCRIPT) + "/person?reason=x", 400, "请求无法处理"));

    // ---- our API: migrations (policy staff)
    rows.add(policy("migration: unknown process", "/api/migrations/no-such-process", 400, "没有已部署的流程"));
    rows.add(policy("migration: process key is an expression", "/api/migrations/" + encode(EXPRESSION), 400,
        "没有已部署的流程"));
    rows.add(policy("migration: version as words", MIGRATIONS + "?targetVersion=abc", 400, "targetVersion"));
    rows.add(policy("migration: version -1", MIGRATIONS + "?targetVersion=-1", 400, "正整数"));
    rows.add(policy("migration: version 99", MIGRATIONS + "?targetVersion=99", 400, "没有第 99 版"));
    rows.add(policy("migration: dry run maybe", MIGRATIONS + "?dryRun=maybe", 400, "dryRun"));
    rows.add(policy("migration: version beyond an integer", MIGRATIONS + "?targetVersion=99999999999", 400,
        "targetVersion"));
    rows.add(new BadInput("migration: GET instead of POST", Caller.POLICY_STAFF, HttpMethod.GET, MIGRATIONS, null, 405,
        "请求方式"));

    // ---- our API: street reports (the hotline's app, group report-intake)
    rows.add(report("report: body is not JSON", "{\"channel\": ", 400, "不是有效的 JSON"));
    rows.add(report("report: body is a JSON array", "[]", 400, "JSON 对象"));
    rows.add(report("report: unknown place", streetReport("place", "atlantis"), 400, "发现地点"));
    rows.add(report("report: place is an expression", streetReport("place", EXPRESSION), 400, "发现地点"));
    rows.add(report("report: urgency as a number", streetReport("urgency", 5), 400, "urgency"));
    rows.add(report("report: situation is a script", streetReport("situation", SCRIPT), 400, "不能包含 HTML"));
    rows.add(report("report: situation of 5000 characters", streetReport("situation", FIVE_THOUSAND), 400,
        "不能超过500个字"));
    rows.add(report("report: name of 1 MB", streetReport("personName", ONE_MEGABYTE), 400, "不能超过50个字"));
    rows.add(report("report: situation as JSON", streetReport("situation", Map.of("text", "露宿")), 400, "应为文本"));
    rows.add(report("report: situation missing", streetReport("situation", null), 400, "situation"));
    rows.add(report("report: unknown field", streetReport("evil", EXPRESSION), 400, "未知字段"));
    rows.add(report("report: reference with spaces and script", streetReport("reference", SCRIPT), 400, "reference"));
    rows.add(new BadInput("report: GET instead of POST", Caller.REPORT_APP, HttpMethod.GET, "/api/reports", null, 405,
        "请求方式"));

    // ---- starting a street report in Tasklist (a township) and a weather campaign (a supervisor)
    rows.add(new BadInput("street report start: unknown place and urgency", Caller.TOWNSHIP, HttpMethod.POST,
        STREET_START, variables("reportChannel", "grid-worker", "place", "atlantis", "locationDetail", "村口",
            "situation", "露宿", "urgency", "soon"), 400, "紧急程度"));
    rows.add(new BadInput("street report start: situation is a script", Caller.TOWNSHIP, HttpMethod.POST,
        STREET_START, variables("reportChannel", "grid-worker", "place", "qingshan-songlin-village",
            "locationDetail", "村口", "situation", SCRIPT, "urgency", "normal"), 400, "不能包含 HTML"));
    rows.add(new BadInput("campaign start: unknown type", Caller.SUPERVISOR, HttpMethod.POST, CAMPAIGN_START,
        variables("campaignType", "monsoon", "campaignFrom", "2026-12-01", "campaignUntil", "2026-12-31"), 400,
        "行动"));
    rows.add(new BadInput("campaign start: dates that are not dates", Caller.SUPERVISOR, HttpMethod.POST,
        CAMPAIGN_START, variables("campaignType", "winter", "campaignFrom", "tomorrow", "campaignUntil", EXPRESSION),
        400, "日期"));
    rows.add(new BadInput("campaign start: ends before it starts", Caller.SUPERVISOR, HttpMethod.POST,
        CAMPAIGN_START, variables("campaignType", "winter", "campaignFrom", "2026-12-31", "campaignUntil",
            "2026-12-01"), 400, "日期"));

    // ---- printable records: /documents (Tasklist's login)
    rows.add(tasklist("documents: unknown case", "/documents/qingshan-20990101-9999", 404, "没有这个个案"));
    rows.add(tasklist("documents: unknown record type", "/documents/@screening.case/NO_SUCH_RECORD", 404,
        "还没有这份文书"));
    rows.add(tasklist("documents: record type is a script", "/documents/@screening.case/" + encode(SCRIPT_IN_PATH), 404,
        "还没有这份文书"));
    rows.add(tasklist("documents: case number is a script", "/documents/" + encode(SCRIPT_IN_PATH), 404,
        "没有这个个案"));
    rows.add(tasklist("documents: unknown task", "/documents/task/no-such-task", 404, "没有这个任务"));
    rows.add(tasklist("documents: task id is an expression", "/documents/task/" + encode(EXPRESSION), 404,
        "没有这个任务"));
    rows.add(tasklist("documents: unknown path", "/documents/a/b/c", 404, "没有这个地址"));
    return rows.stream();
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("corpus")
  void isRefusedWithAClearMessageAndChangesNothing(BadInput input) throws Exception {
    Map<String, Object> before = database();

    ResponseEntity<String> answer = send(input);

    assertThat(answer.getStatusCode().value()).as("%s: %s", input, answer.getBody()).isEqualTo(input.status());
    String message = messageOf(answer);
    assertThat(message).as(input.name()).contains(input.says()).matches("(?s).*\\p{IsHan}.*")
        .doesNotContain("ENGINE-", "Exception", "org.camunda", "\tat ");
    for (String personal : personalValuesOf(input.body())) {
      assertThat(answer.getBody()).as("%s repeats personal data", input).doesNotContain(personal);
    }
    MediaType type = answer.getHeaders().getContentType();
    if (type != null && type.includes(MediaType.TEXT_HTML)) {
      assertThat(answer.getBody()).as("%s: HTML answers escape what was sent", input).doesNotContain("<script>alert");
    }
    assertThat(database()).as("%s changed the database", input).isEqualTo(before);
    System.out.printf("bad input held: %s → %d %s%n", input, answer.getStatusCode().value(), message);
  }

  /**
   * What must be accepted is accepted as plain text: HTML and expressions in a case's free text, an expression in a
   * street report's situation — stored as sent, never evaluated, printed escaped.
   */
  @Test
  void htmlScriptAndExpressionsInFreeTextAreKeptAsTextNeverEvaluatedAndPrintedEscaped() throws Exception {
    RestClient caseworker = RestClient.as(http, QINGSHAN_CASEWORKER);
    Map<String, Object> started = caseworker.startRescueCase(Map.of("arrivalChannel", "police",
        "handoverUnit", SCRIPT + EXPRESSION, "arrivalNote", HASH_EXPRESSION)).getBody();
    String caseNumber = (String) started.get("businessKey");
    String registration = taskOf(caseNumber, "接待登记").getId();
    ResponseEntity<Map<String, Object>> submitted = caseworker.submitForm(registration, Map.of("sex", "female",
        "age", 30, "consentToHelp", true, "person_name", "<b>" + FictionalPeople.NAME + "</b>",
        "person_hardship", SCRIPT + EXPRESSION));
    assertThat(submitted.getStatusCode().is2xxSuccessful()).as("%s", submitted.getBody()).isTrue();

    assertThat(engine.getRuntimeService().getVariable((String) started.get("id"), "handoverUnit"))
        .isEqualTo(SCRIPT + EXPRESSION);
    ResponseEntity<String> report = http.withBasicAuth(HOTLINE_APP, "demo").postForEntity("/api/reports",
        streetReport("situation", "候车厅外过夜，自称" + EXPRESSION), String.class);
    assertThat(report.getStatusCode().value()).as("%s", report.getBody()).isEqualTo(201);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_VARINST WHERE NAME_ = 'injected'", Long.class))
        .as("no expression was evaluated").isZero();
    ResponseEntity<String> printed = http.exchange("/documents/" + caseNumber + "/" + CaseRecordType.REGISTRATION,
        HttpMethod.GET, new HttpEntity<>(tasklist.jsonHeaders()), String.class);
    assertThat(printed.getStatusCode().value()).isEqualTo(200);
    assertThat(printed.getBody()).doesNotContain(SCRIPT, "<b>" + FictionalPeople.NAME)
        .contains("&lt;script&gt;", "&lt;b&gt;" + FictionalPeople.NAME, EXPRESSION.replace("'", "&#39;"));
  }

  // ------------------------------------------------------------------------------------------------ the cases

  /** Five cases of 青山县, each stopped at a step the corpus aims at; the job executor brings them there. */
  @BeforeAll
  void openTheTargetCases() {
    tasklist = TasklistSession.login(http, QINGSHAN_CASEWORKER);
    RestClient caseworker = RestClient.as(http, QINGSHAN_CASEWORKER);

    String registration = start(caseworker);
    targets.put("@registration.case", registration);
    targets.put("@registration.task", taskOf(registration, "接待登记").getId());

    String screening = start(caseworker);
    register(caseworker, screening);
    targets.put("@screening.case", screening);
    targets.put("@screening.task", taskOf(screening, "安检与检视").getId());

    String assessment = start(caseworker);
    register(caseworker, assessment);
    screen(caseworker, assessment);
    targets.put("@assessment.task", taskOf(assessment, "甄别评估").getId());

    String care = start(caseworker);
    register(caseworker, care);
    screen(caseworker, care);
    admit(caseworker, care);
    targets.put("@care.task", taskOf(care, "站内照料").getId());
    targets.put("@comparison.task", taskOf(care, "比对指纹人脸").getId());

    String awaiting = start(caseworker);
    register(caseworker, awaiting);
    screen(caseworker, awaiting);
    admit(caseworker, awaiting);
    submit(caseworker, taskOf(awaiting, "比对指纹人脸").getId(), Map.of(
        "biometricQueryDate", "2026-11-28T10:00:00.000+0800", "biometricQueryReference", "QX-DEMO-900",
        "biometricComparisons", RestClient.json("[\"fingerprint\",\"face\"]"), "biometricMatch", "no-match",
        "suspectedMissing", "no"));
    submit(caseworker, taskOf(awaiting, "发布寻亲公告").getId(), Map.of("tracingNoticeDate",
        "2026-11-28T11:00:00.000+0800", "tracingNoticeChannels", RestClient.json("[\"national-site\"]")));
    submit(caseworker, taskOf(awaiting, "申请公安采集DNA").getId(), Map.of("dnaRequestDate",
        "2026-11-28T12:00:00.000+0800", "dnaRequestAuthority", "演示市公安局"));
    waitUntil(() -> engine.getRuntimeService().createEventSubscriptionQuery().eventName("PoliceDnaFeedback")
        .processInstanceId(tracingOf(awaiting)).count() == 1, "the tracing of " + awaiting + " awaits the police");
    targets.put("@awaiting.case", awaiting);
    waitUntil(() -> engine.getManagementService().createJobQuery().executable().count() == 0, "no job is left");
  }

  private String start(RestClient caseworker) {
    ResponseEntity<Map<String, Object>> started = caseworker.startRescueCase(Map.of("arrivalChannel", "walk-in"));
    assertThat(started.getStatusCode().value()).isEqualTo(200);
    return (String) started.getBody().get("businessKey");
  }

  private void register(RestClient caseworker, String caseNumber) {
    submit(caseworker, taskOf(caseNumber, "接待登记").getId(), Map.of("sex", "male", "age", 40, "consentToHelp", true,
        "person_name", FictionalPeople.NAME, "person_idNumber", VALID_ID, "person_hardship", "钱物被盗。"));
  }

  private void screen(RestClient caseworker, String caseNumber) {
    submit(caseworker, taskOf(caseNumber, "安检与检视").getId(), Map.of("securityCheckDone", true,
        "healthFinding", "none", "behaviourFinding", "none"));
  }

  private void admit(RestClient caseworker, String caseNumber) {
    submit(caseworker, taskOf(caseNumber, "甄别评估").getId(), Map.of("cannotPayFoodLodging", "yes",
        "noRelativesToTurnTo", "yes", "noMinimumLivingSupport", "yes", "homelessOrBegging", "yes",
        "refusesTruthfulInformation", false, "domesticViolence", false, "otherSchemeNeed", "none"));
  }

  private static void submit(RestClient caseworker, String taskId, Map<String, Object> variables) {
    ResponseEntity<Map<String, Object>> response = caseworker.submitForm(taskId, variables);
    assertThat(response.getStatusCode().is2xxSuccessful()).as("submit %s: %s", taskId, response.getBody()).isTrue();
  }

  private Task taskOf(String caseNumber, String name) {
    Task[] found = new Task[1];
    waitUntil(() -> {
      List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
          .taskName(name).list();
      found[0] = tasks.isEmpty() ? null : tasks.get(0);
      return found[0] != null;
    }, "task " + name + " of " + caseNumber);
    return found[0];
  }

  private String tracingOf(String caseNumber) {
    var tracing = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("identity-tracing")
        .processInstanceBusinessKey(caseNumber).singleResult();
    return tracing == null ? "none" : tracing.getId();
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition, String what) {
    Instant giveUp = Instant.now().plus(JOB_EXECUTOR_PATIENCE);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(giveUp)) {
        throw new AssertionError("not within " + JOB_EXECUTOR_PATIENCE + ": " + what);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ sending

  private ResponseEntity<String> send(BadInput input) throws Exception {
    String path = input.path();
    for (Map.Entry<String, String> target : targets.entrySet()) {
      path = path.replace(target.getKey(), target.getValue());
    }
    Object body = resolve(input.body());
    HttpHeaders headers = input.caller() == Caller.TASKLIST ? tasklist.jsonHeaders() : new HttpHeaders();
    if (body != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    String json = body == null ? null : body instanceof String text ? text : JSON.writeValueAsString(body);
    RequestEntity<String> request = new RequestEntity<>(json, headers, input.method(),
        URI.create(http.getRootUri() + path));
    TestRestTemplate caller = switch (input.caller()) {
      case CASEWORKER -> http.withBasicAuth(QINGSHAN_CASEWORKER, "demo");
      case ADMIN -> http.withBasicAuth(ADMIN, "demo");
      case POLICY_STAFF -> http.withBasicAuth(POLICY_STAFF, "demo");
      case TASKLIST -> http;
      case REPORT_APP -> http.withBasicAuth(HOTLINE_APP, "demo");
      case TOWNSHIP -> http.withBasicAuth(SONGLIN_CASEWORKER, "demo");
      case SUPERVISOR -> http.withBasicAuth(QINGSHAN_SUPERVISOR, "demo");
    };
    return caller.exchange(request, String.class);
  }

  /** The body with its placeholders replaced by the targets' ids. */
  @SuppressWarnings("unchecked")
  private Object resolve(Object body) {
    if (body instanceof String text) {
      return targets.getOrDefault(text, text);
    }
    if (body instanceof Map<?, ?> map) {
      Map<String, Object> resolved = new LinkedHashMap<>();
      ((Map<String, Object>) map).forEach((key, value) -> resolved.put(key, resolve(value)));
      return resolved;
    }
    return body;
  }

  /**
   * The {@code message} of a JSON answer with the field-by-field {@code errors} when there are (the street report
   * API), or the paragraph of an HTML page ({@code /documents}).
   */
  private static String messageOf(ResponseEntity<String> answer) throws Exception {
    String body = answer.getBody() == null ? "" : answer.getBody();
    if (body.startsWith("{")) {
      JsonNode json = JSON.readTree(body);
      StringBuilder message = new StringBuilder(json.path("message").asText(""));
      for (JsonNode error : json.path("errors")) {
        message.append(" ").append(error.path("field").asText("")).append(": ")
            .append(error.path("message").asText(""));
      }
      return message.toString();
    }
    java.util.regex.Matcher paragraph = java.util.regex.Pattern.compile("<p>(.*?)</p>").matcher(body);
    return paragraph.find() ? paragraph.group(1) : body;
  }

  /** The values of {@code person_*} fields a row sends (never to be repeated in an answer). */
  private static List<String> personalValuesOf(Object body) {
    List<String> values = new ArrayList<>();
    if (body instanceof Map<?, ?> map && map.get("variables") instanceof Map<?, ?> variables) {
      variables.forEach((name, value) -> {
        if (name.toString().startsWith("person_") && value instanceof Map<?, ?> typed
            && typed.get("value") instanceof String text && text.length() >= 6 && text.length() < 100) {
          values.add(text);
        }
      });
    }
    return values;
  }

  // ------------------------------------------------------------------------------------------------ what changed

  private static final List<String> COUNTED = List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE",
      "ACT_RU_EVENT_SUBSCR", "ACT_RU_JOB", "ACT_RU_INCIDENT", "ACT_RU_IDENTITYLINK", "ACT_RU_AUTHORIZATION",
      "ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_INCIDENT",
      "ACT_HI_OP_LOG", "ACT_HI_IDENTITYLINK", "ACT_GE_BYTEARRAY", "case_file", "case_record", "case_access_log");

  /** Everything a request could have changed: rows counted, and the cases' state with revisions and contents. */
  private Map<String, Object> database() {
    Map<String, Object> state = new TreeMap<>();
    for (String table : COUNTED) {
      state.put("rows of " + table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
    }
    state.put("executions", jdbc.queryForList(
        "SELECT ID_, ACT_ID_, IS_ACTIVE_, BUSINESS_KEY_, REV_ FROM ACT_RU_EXECUTION ORDER BY ID_"));
    state.put("tasks", jdbc.queryForList("SELECT ID_, TASK_DEF_KEY_, ASSIGNEE_, REV_ FROM ACT_RU_TASK ORDER BY ID_"));
    state.put("variables", jdbc.queryForList(
        "SELECT ID_, NAME_, TYPE_, TEXT_, LONG_, DOUBLE_, BYTEARRAY_ID_, REV_ FROM ACT_RU_VARIABLE ORDER BY ID_"));
    state.put("case files", jdbc.queryForList(
        "SELECT case_number, agency_code, person_data, id_number_hash, updated_at FROM case_file"
            + " ORDER BY case_number"));
    state.put("records", jdbc.queryForList("SELECT case_number, record_type, record_key FROM case_record ORDER BY id"));
    state.put("case numbers issued",
        jdbc.queryForObject("SELECT COALESCE(SUM(last_value), 0) FROM case_number_counter", Long.class));
    state.put("variables named injected",
        jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_VARINST WHERE NAME_ = 'injected'", Long.class));
    return state;
  }

  // ------------------------------------------------------------------------------------------------ row builders

  private static BadInput caseworker(String name, String path, Object body, int status, String says) {
    return new BadInput(name, Caller.CASEWORKER, HttpMethod.POST, path, body, status, says);
  }

  private static BadInput caseworker(String name, HttpMethod method, String path, int status, String says) {
    return new BadInput(name, Caller.CASEWORKER, method, path, null, status, says);
  }

  private static BadInput admin(String name, Object body, int status, String says) {
    return new BadInput(name, Caller.ADMIN, HttpMethod.POST, MESSAGE, body, status, says);
  }

  private static BadInput policy(String name, String path, int status, String says) {
    return new BadInput(name, Caller.POLICY_STAFF, HttpMethod.POST, path, null, status, says);
  }

  private static BadInput report(String name, Object body, int status, String says) {
    return new BadInput(name, Caller.REPORT_APP, HttpMethod.POST, "/api/reports", body, status, says);
  }

  /** A street report as the hotline's app sends it, with one field replaced (null: left out). */
  private static Map<String, Object> streetReport(String name, Object value) {
    Map<String, Object> report = new LinkedHashMap<>(Map.of("channel", "hotline", "place", "qingshan-songlin",
        "locationDetail", "松林镇汽车站候车厅门口", "situation", "一名老人在候车厅外过夜", "urgency", "urgent"));
    if (value == null) {
      report.remove(name);
    } else {
      report.put(name, value);
    }
    return report;
  }

  private static BadInput tasklist(String name, String path, int status, String says) {
    return new BadInput(name, Caller.TASKLIST, HttpMethod.GET, path, null, status, says);
  }

  /** {"variables": {name: {"value": value}}}, or the value as given when it is already {"value", "type"}. */
  private static Map<String, Object> variables(Object... namesAndValues) {
    return Map.of("variables", wrapped(namesAndValues));
  }

  private static Map<String, Object> wrapped(Object... namesAndValues) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      variables.put((String) namesAndValues[i], value instanceof Map<?, ?> typed && typed.containsKey("value") ? typed
          : java.util.Collections.singletonMap("value", value));
    }
    return variables;
  }

  private static Map<String, Object> typed(String value, String type) {
    return Map.of("value", value, "type", type);
  }

  /** A complete 接待登记 with one field replaced. */
  private static Map<String, Object> registration(String name, Object value) {
    return replaced(new Object[] {"sex", "male", "age", 40, "consentToHelp", true, "person_hardship", "钱物被盗。"},
        name, value);
  }

  private static Map<String, Object> screening(String name, Object value) {
    return replaced(new Object[] {"securityCheckDone", true, "healthFinding", "none", "behaviourFinding", "none"},
        name, value);
  }

  private static Map<String, Object> assessment(String name, Object value) {
    return replaced(new Object[] {"cannotPayFoodLodging", "yes", "noRelativesToTurnTo", "yes",
        "noMinimumLivingSupport", "yes", "homelessOrBegging", "yes", "refusesTruthfulInformation", false,
        "domesticViolence", false, "otherSchemeNeed", "none"}, name, value);
  }

  private static Map<String, Object> comparison(String name, Object value) {
    return replaced(new Object[] {"biometricQueryDate", "2026-11-28T10:00:00.000+0800",
        "biometricQueryReference", "QX-DEMO-901", "biometricComparisons", typed("[\"fingerprint\"]", "Json"),
        "biometricMatch", "no-match", "suspectedMissing", "no"}, name, value);
  }

  private static Map<String, Object> replaced(Object[] complete, String name, Object value) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < complete.length; i += 2) {
      fields.put((String) complete[i], complete[i + 1]);
    }
    fields.put(name, value);
    List<Object> flat = new ArrayList<>();
    fields.forEach((key, v) -> {
      flat.add(key);
      flat.add(v);
    });
    return variables(flat.toArray());
  }

  private static Map<String, Object> message(String messageName, String businessKey, Object... variables) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("messageName", messageName);
    body.put("businessKey", businessKey);
    body.put("processVariables", wrapped(variables));
    return body;
  }

  /** A referral that opens a case by message (RescueCaseReferral), with one field replaced. */
  private static Map<String, Object> referral(String name, Object value) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("caseAgency", "qingshan");
    fields.put("arrivalChannel", "police");
    fields.put(name, value);
    return Map.of("messageName", "RescueCaseReferral", "processVariables",
        wrapped(fields.entrySet().stream().flatMap(e -> Stream.of(e.getKey(), e.getValue())).toArray()));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String wrongCheckDigit(String idNumber) {
    return idNumber.substring(0, 17) + (idNumber.charAt(17) == '0' ? '1' : '0');
  }
}
