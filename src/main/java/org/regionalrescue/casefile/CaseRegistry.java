package org.regionalrescue.casefile;

import java.time.LocalDate;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.regionalrescue.calendar.WorkingDayCalendar;
import org.regionalrescue.organisation.Organisation;
import org.regionalrescue.organisation.StaffAgencies;
import org.springframework.stereotype.Component;

/**
 * Opens a case at an agency: checks the agency and the person opening it, issues the case number and creates the
 * case file.
 */
@Component
public class CaseRegistry {

  private final Organisation organisation;
  private final StaffAgencies staffAgencies;
  private final CaseNumbers caseNumbers;
  private final CaseFiles caseFiles;

  public CaseRegistry(Organisation organisation, StaffAgencies staffAgencies, CaseNumbers caseNumbers,
      CaseFiles caseFiles) {
    this.organisation = organisation;
    this.staffAgencies = staffAgencies;
    this.caseNumbers = caseNumbers;
    this.caseFiles = caseFiles;
  }

  /**
   * @param requestedAgency the agency named by the caller, or null to take the opener's own agency
   * @param openedBy the logged-in user who opens the case, or null when another process or department opens it
   */
  public OpenedCase open(String requestedAgency, String openedBy) {
    String agency = requestedAgency != null ? requestedAgency : agencyOfOpener(openedBy);
    organisation.require(agency);
    if (openedBy != null && !staffAgencies.of(openedBy).contains(agency)) {
      throw new BadUserRequestException("用户「" + openedBy + "」不属于机构「" + agency + "」，不能为该机构立案。");
    }
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.ZONE);
    OpenedCase opened = new OpenedCase(agency, caseNumbers.next(agency, today));
    caseFiles.open(opened.caseNumber(), agency);
    return opened;
  }

  private String agencyOfOpener(String openedBy) {
    if (openedBy == null) {
      throw new BadUserRequestException("缺少立案机构：请提供变量 caseAgency（机构代码）。");
    }
    return staffAgencies.soleAgencyOf(openedBy);
  }
}
