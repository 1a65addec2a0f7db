package org.regionalrescue.casefile;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.regionalrescue.security.CaseAccess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a case file's personal data in clear, for a member of staff who may read the case (its agency's caseworkers
 * and supervisors, its regional center's supervisors) and says why. Every attempt, allowed or not, is written to the
 * append-only access log first.
 */
@Component
public class CaseFileReader {

  static final int LONGEST_REASON = 500;

  private final CaseFiles caseFiles;
  private final CaseAccess caseAccess;
  private final JdbcTemplate jdbc;

  public CaseFileReader(CaseFiles caseFiles, CaseAccess caseAccess, DataSource dataSource) {
    this.caseFiles = caseFiles;
    this.caseAccess = caseAccess;
    this.jdbc = new JdbcTemplate(dataSource);
  }

  @Transactional(noRollbackFor = AuthorizationException.class)
  public Map<String, Object> readUnmasked(String caseNumber, String userId, Collection<String> groups, String reason) {
    if (reason == null || reason.isBlank() || reason.length() > LONGEST_REASON) {
      throw new BadUserRequestException("请说明查看完整个人信息的理由（" + LONGEST_REASON + "字以内）。");
    }
    String agency = caseFiles.agencyOf(caseNumber);
    boolean allowed = caseAccess.readersOf(agency).stream().anyMatch(groups::contains);
    jdbc.update("INSERT INTO case_access_log (case_number, user_id, accessed_at, reason, granted)"
        + " VALUES (?, ?, ?, ?, ?)", caseNumber, userId, new Timestamp(ClockUtil.getCurrentTime().getTime()),
        reason.strip(), allowed);
    if (!allowed) {
      throw new AuthorizationException("您无权查看个案「" + caseNumber + "」的个人信息。");
    }
    return caseFiles.person(caseNumber);
  }
}
