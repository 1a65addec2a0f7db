package org.regionalrescue.process.streetdiscovery;

import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.CASE_AGENCY;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.CASE_NUMBER;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.ESCALATE_AT;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.ESCALATION_AGENCY;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.JOINT_RESULT;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.ON_SITE_OUTCOME;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.PATROLS_DONE;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.REPORT_NUMBER;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.RESPOND_BY;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.RESPONSE_LEVEL;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.RESPONSIBLE_AGENCY;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.regionalrescue.calendar.Deadlines;
import org.regionalrescue.calendar.WorkingDayCalendar;
import org.regionalrescue.casefile.CaseFileCapture;
import org.regionalrescue.casefile.CaseFiles;
import org.regionalrescue.casefile.CaseNumbers;
import org.regionalrescue.casefile.Masking;
import org.regionalrescue.casefile.PersonalFields;
import org.regionalrescue.organisation.Agency;
import org.regionalrescue.organisation.Organisation;
import org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.ResponseLevel;
import org.regionalrescue.security.CaseAccess;
import org.springframework.stereotype.Component;

/**
 * 登记报告: gives the report its number ({@code <agency>-report-<yyyyMMdd>-<nnnn>}, the business key), opens a case
 * file for it at the responsible agency and moves the report's personal fields (the person's name and appearance,
 * the reporter's name and phone) there, opens the report to the agency's readers, and fixes the response deadlines:
 * on site by {@code respondBy} (the level's time from {@code rescue.deadlines}), escalated to the regional center
 * (for the center itself: the province) after a further {@code street-response-escalation}. Runs once per report.
 */
@Component
public class RegisterStreetReportDelegate implements JavaDelegate {

  private final Organisation organisation;
  private final CaseNumbers caseNumbers;
  private final CaseFiles caseFiles;
  private final CaseAccess caseAccess;
  private final Deadlines deadlines;

  public RegisterStreetReportDelegate(Organisation organisation, CaseNumbers caseNumbers, CaseFiles caseFiles,
      CaseAccess caseAccess, Deadlines deadlines) {
    this.organisation = organisation;
    this.caseNumbers = caseNumbers;
    this.caseFiles = caseFiles;
    this.caseAccess = caseAccess;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getVariable(REPORT_NUMBER) != null) {
      return;
    }
    Agency agency = organisation.require((String) execution.getVariable(RESPONSIBLE_AGENCY));
    Date now = ClockUtil.getCurrentTime();
    String reportNumber = caseNumbers.next(agency.code() + "-report",
        LocalDate.ofInstant(now.toInstant(), WorkingDayCalendar.ZONE));
    caseFiles.open(reportNumber, agency.code());
    moveToCaseFile(execution, reportNumber);

    execution.setVariable(REPORT_NUMBER, reportNumber);
    execution.setVariable(CASE_NUMBER, reportNumber);
    execution.setVariable(CASE_AGENCY, agency.code());
    execution.setProcessBusinessKey(reportNumber);
    caseAccess.grant(execution.getProcessInstanceId(), agency.code());

    Date respondBy = Date.from(now.toInstant().plus(responseTime((String) execution.getVariable(RESPONSE_LEVEL))));
    execution.setVariable(RESPOND_BY, respondBy);
    execution.setVariable(ESCALATE_AT, Date.from(respondBy.toInstant().plus(deadlines.streetResponseEscalation())));
    execution.setVariable(ESCALATION_AGENCY, escalationAgency(agency));
    execution.setVariable(JOINT_RESULT, null);
    execution.setVariable(ON_SITE_OUTCOME, null);
    execution.setVariable(PATROLS_DONE, 0);
  }

  /** The report's personal fields go to its case file; the process keeps only a masked name. */
  private void moveToCaseFile(DelegateExecution execution, String reportNumber) {
    Map<String, Object> person = new LinkedHashMap<>();
    for (String name : List.copyOf(execution.getVariableNames())) {
      if (PersonalFields.isPersonal(name)) {
        person.put(PersonalFields.fileKey(name), execution.getVariable(name));
        execution.removeVariable(name);
      }
    }
    if (!person.isEmpty()) {
      caseFiles.updatePerson(reportNumber, person);
      String masked = Masking.name((String) caseFiles.person(reportNumber).get(PersonalFields.fileKey(PersonalFields.NAME)));
      if (masked != null) {
        execution.setVariable(CaseFileCapture.MASKED_NAME, masked);
      }
    }
  }

  private Duration responseTime(String level) {
    if (ResponseLevel.IMMEDIATE.equals(level)) {
      return deadlines.streetResponseImmediate();
    }
    if (ResponseLevel.PRIORITY.equals(level)) {
      return deadlines.streetResponsePriority();
    }
    if (ResponseLevel.ROUTINE.equals(level)) {
      return deadlines.streetResponseRoutine();
    }
    throw new IllegalStateException("decision report-dispatch gave an unknown response level: " + level);
  }

  /** Who hears of a response that is far too late: the regional center above, or the province above the center. */
  private String escalationAgency(Agency agency) {
    return organisation.regionalCenterOf(agency.code()).map(Agency::code)
        .filter(center -> !center.equals(agency.code()))
        .orElseGet(() -> agency.parentCode() != null ? agency.parentCode() : agency.code());
  }
}
