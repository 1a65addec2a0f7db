package org.regionalrescue.documents;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.regionalrescue.tasklist.TaskCases;
import org.regionalrescue.casefile.CaseFiles;
import org.regionalrescue.casefile.CaseRecordType;
import org.regionalrescue.casefile.CaseRecords;
import org.regionalrescue.organisation.Agency;
import org.regionalrescue.organisation.Organisation;
import org.regionalrescue.organisation.StaffAgencies;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's written records as printable pages, opened in the browser where Tasklist is logged in:
 * <ul>
 *   <li>{@code /documents/{caseNumber}/{recordType}}, e.g. {@code /documents/qingshan-20261128-0001/REFUSAL_NOTICE}:
 *       one record;
 *   <li>{@code /documents/{caseNumber}}: the list of the records the case has so far, each linked;
 *   <li>{@code /documents/task/{taskId}} (JSON): the same list for the case of a task, which Tasklist's 文书 tab shows.
 * </ul>
 * Only staff of the agency that holds the case get them (401 without a login, 403 for another agency, 404 when the
 * case, the task or the record is not there or not theirs).
 */
@RestController
class CaseDocumentController {

  static final String ENGINE = "default";
  private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);

  private final CaseRecords records;
  private final CaseFiles caseFiles;
  private final Organisation organisation;
  private final StaffAgencies staffAgencies;
  private final TaskCases taskCases;
  private final RecordWording wording;
  private final JdbcTemplate jdbc;

  CaseDocumentController(CaseRecords records, CaseFiles caseFiles, Organisation organisation,
      StaffAgencies staffAgencies, TaskCases taskCases, RecordWording wording, JdbcTemplate jdbc) {
    this.records = records;
    this.caseFiles = caseFiles;
    this.organisation = organisation;
    this.staffAgencies = staffAgencies;
    this.taskCases = taskCases;
    this.wording = wording;
    this.jdbc = jdbc;
  }

  @GetMapping("/documents/{caseNumber}/{recordType}")
  ResponseEntity<String> document(@PathVariable String caseNumber, @PathVariable String recordType,
      HttpServletRequest request) {
    Access access = access(caseNumber, webappUser(request.getSession(false)));
    if (access.refusal() != null) {
      return page(access.status(), CaseDocumentPage.message(access.refusal()));
    }
    CaseRecordType type = typeOf(recordType);
    if (type == null || !records.typesOf(caseNumber).contains(type)) {
      return page(HttpStatus.NOT_FOUND, CaseDocumentPage.message("本个案还没有这份文书。"));
    }
    Agency agency = organisation.require(access.agencyCode());
    Map<String, Object> content = records.contentOf(caseNumber, type);
    Map<String, Object> person = caseFiles.person(caseNumber);
    return page(HttpStatus.OK, CaseDocumentPage.of(agency.name(), caseNumber, type, person, content, wording));
  }

  @GetMapping("/documents/{caseNumber}")
  ResponseEntity<String> index(@PathVariable String caseNumber, HttpServletRequest request) {
    Access access = access(caseNumber, webappUser(request.getSession(false)));
    if (access.refusal() != null) {
      return page(access.status(), CaseDocumentPage.message(access.refusal()));
    }
    return page(HttpStatus.OK, CaseDocumentPage.index(caseNumber, documentsOf(caseNumber)));
  }

  @GetMapping(path = "/documents/task/{taskId}", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> ofTask(@PathVariable String taskId, HttpServletRequest request) {
    Optional<UserAuthentication> user = webappUser(request.getSession(false));
    Optional<String> caseNumber = user.flatMap(login -> taskCases.caseOf(taskId, login.getIdentityId(),
        List.copyOf(login.getGroupIds())));
    Access access = user.isPresent() && caseNumber.isEmpty() ? Access.refused(HttpStatus.NOT_FOUND, "没有这个任务。")
        : access(caseNumber.orElse(null), user);
    if (access.refusal() != null) {
      return ResponseEntity.status(access.status()).body(Map.of("message", access.refusal()));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("caseNumber", caseNumber.get());
    body.put("documents", documentsOf(caseNumber.get()).entrySet().stream()
        .map(document -> Map.of("title", document.getKey().title(), "href", document.getValue())).toList());
    return ResponseEntity.ok().header("Cache-Control", "no-store").body(body);
  }

  /** Each kind of record the case has, in the order first filed, with the address of its printable page. */
  private Map<CaseRecordType, String> documentsOf(String caseNumber) {
    Map<CaseRecordType, String> documents = new LinkedHashMap<>();
    for (CaseRecordType type : records.typesOf(caseNumber)) {
      documents.putIfAbsent(type, "/documents/" + caseNumber + "/" + type.name());
    }
    return documents;
  }

  private Access access(String caseNumber, Optional<UserAuthentication> user) {
    if (user.isEmpty()) {
      return Access.refused(HttpStatus.UNAUTHORIZED, "请先登录任务列表，再打开文书。");
    }
    List<String> agencies = jdbc.queryForList("SELECT agency_code FROM case_file WHERE case_number = ?",
        String.class, caseNumber);
    if (agencies.isEmpty()) {
      return Access.refused(HttpStatus.NOT_FOUND, "没有这个个案。");
    }
    if (!staffAgencies.of(user.get().getIdentityId()).contains(agencies.get(0))) {
      return Access.refused(HttpStatus.FORBIDDEN, "只有承办机构的工作人员可以打印本个案的文书。");
    }
    return new Access(agencies.get(0), HttpStatus.OK, null);
  }

  /** Whether a user may open a case's documents: the holding agency, or the status and message of the refusal. */
  private record Access(String agencyCode, HttpStatus status, String refusal) {
    static Access refused(HttpStatus status, String message) {
      return new Access(null, status, message);
    }
  }

  /** The user logged in to the webapps (Tasklist, Cockpit) in this browser session, if any. */
  private static Optional<UserAuthentication> webappUser(HttpSession session) {
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(ENGINE);
    return authentication instanceof UserAuthentication user ? Optional.of(user) : Optional.empty();
  }

  private static CaseRecordType typeOf(String name) {
    for (CaseRecordType type : CaseRecordType.values()) {
      if (type.name().equals(name)) {
        return type;
      }
    }
    return null;
  }

  private static ResponseEntity<String> page(HttpStatus status, String html) {
    return ResponseEntity.status(status).contentType(HTML).header("Cache-Control", "no-store").body(html);
  }
}
