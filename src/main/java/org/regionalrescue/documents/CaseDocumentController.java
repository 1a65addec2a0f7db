package org.regionalrescue.documents;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
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
 * A case's written record as a printable page: {@code /documents/{caseNumber}/{recordType}}, e.g.
 * {@code /documents/qingshan-20261128-0001/REFUSAL_NOTICE}. Open it in the browser where Tasklist is logged in; only
 * staff of the agency that holds the case may print it (401 without a login, 403 for another agency, 404 when the
 * case has no such record).
 */
@RestController
class CaseDocumentController {

  static final String ENGINE = "default";
  private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);

  private final CaseRecords records;
  private final CaseFiles caseFiles;
  private final Organisation organisation;
  private final StaffAgencies staffAgencies;
  private final JdbcTemplate jdbc;

  CaseDocumentController(CaseRecords records, CaseFiles caseFiles, Organisation organisation,
      StaffAgencies staffAgencies, JdbcTemplate jdbc) {
    this.records = records;
    this.caseFiles = caseFiles;
    this.organisation = organisation;
    this.staffAgencies = staffAgencies;
    this.jdbc = jdbc;
  }

  @GetMapping("/documents/{caseNumber}/{recordType}")
  ResponseEntity<String> document(@PathVariable String caseNumber, @PathVariable String recordType,
      HttpServletRequest request) {
    Optional<String> user = webappUser(request.getSession(false));
    if (user.isEmpty()) {
      return page(HttpStatus.UNAUTHORIZED, CaseDocumentPage.message("请先登录任务列表，再打开文书。"));
    }
    List<String> agencies = jdbc.queryForList("SELECT agency_code FROM case_file WHERE case_number = ?",
        String.class, caseNumber);
    if (agencies.isEmpty()) {
      return page(HttpStatus.NOT_FOUND, CaseDocumentPage.message("没有这个个案。"));
    }
    String agencyCode = agencies.get(0);
    if (!staffAgencies.of(user.get()).contains(agencyCode)) {
      return page(HttpStatus.FORBIDDEN, CaseDocumentPage.message("只有承办机构的工作人员可以打印本个案的文书。"));
    }
    CaseRecordType type = typeOf(recordType);
    if (type == null || !records.typesOf(caseNumber).contains(type)) {
      return page(HttpStatus.NOT_FOUND, CaseDocumentPage.message("本个案还没有这份文书。"));
    }
    Agency agency = organisation.require(agencyCode);
    Map<String, Object> content = records.contentOf(caseNumber, type);
    Map<String, Object> person = caseFiles.person(caseNumber);
    return page(HttpStatus.OK, CaseDocumentPage.of(agency.name(), caseNumber, type, person, content));
  }

  /** The user logged in to the webapps (Tasklist, Cockpit) in this browser session, if any. */
  private static Optional<String> webappUser(HttpSession session) {
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(ENGINE);
    return Optional.ofNullable(authentication).map(Authentication::getIdentityId);
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
