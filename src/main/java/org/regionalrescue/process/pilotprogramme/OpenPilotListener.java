package org.regionalrescue.process.pilotprogramme;

import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.ANNUAL_CASELOAD;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.APPLICANT_AGENCY;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.APPLICANT_KIND;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.APPLICANT_NAME;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.APPLIED_BY;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.AREA_TYPE;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.CASE_NUMBER;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.CONSENT_DOCUMENT;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.CONTACT_OFFICE;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.EXISTING_CAPACITY;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.EXTENSIONS_GRANTED;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.GOVERNMENT_CONSENT;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.IMPLEMENTING_BODY;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.LOCATION_ADVANTAGES;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.MINISTRY_AGENCY;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.PILOT_AREA;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.PILOT_TASKS;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.PILOT_TASKS_SUMMARY;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.PLAN_VERSION;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.POPULATION;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.PROVINCE_AGENCY;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.REFORM_WILLINGNESS;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.STATION_COUNT;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.regionalrescue.calendar.WorkingDayCalendar;
import org.regionalrescue.casefile.CaseNumbers;
import org.regionalrescue.organisation.Agency;
import org.regionalrescue.organisation.AgencyLevel;
import org.regionalrescue.organisation.Organisation;
import org.regionalrescue.organisation.StaffAgencies;
import org.regionalrescue.process.FormValues;
import org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.AreaType;
import org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.PilotTask;
import org.regionalrescue.security.CaseAccess;
import org.springframework.stereotype.Component;

/**
 * 提交试点申报表 (the end of the start event): the application of Attachment 1 is complete and has the local
 * government's consent (the notice: 需征得当地政府同意), else it is refused (REST 400) and nothing starts. Fixes the
 * parties: the applicant is the starter's civil-affairs bureau, the province the one above it, the ministry's office
 * from {@code rescue.pilot.ministry}; gives the pilot its number (the business key) and opens it to the three.
 */
@Component
public class OpenPilotListener implements ExecutionListener {

  static final int LONGEST_SHORT_TEXT = 100;
  static final int LONGEST_LONG_TEXT = 2000;

  private final Organisation organisation;
  private final StaffAgencies staffAgencies;
  private final CaseNumbers caseNumbers;
  private final CaseAccess caseAccess;
  private final PilotSettings settings;

  public OpenPilotListener(Organisation organisation, StaffAgencies staffAgencies, CaseNumbers caseNumbers,
      CaseAccess caseAccess, PilotSettings settings) {
    this.organisation = organisation;
    this.staffAgencies = staffAgencies;
    this.caseNumbers = caseNumbers;
    this.caseAccess = caseAccess;
    this.settings = settings;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Agency applicant = applicant(execution);
    checkApplication(execution);
    Agency province = organisation.chainUpFrom(applicant.code()).stream()
        .filter(agency -> agency.level() == AgencyLevel.PROVINCE).findFirst()
        .orElseThrow(() -> new BadUserRequestException("申报单位“" + applicant.name() + "”上级没有省级民政部门，无法申报。"));
    Agency ministry = organisation.find(settings.ministry()).orElseThrow(() -> new BadUserRequestException(
        "组织架构中没有民政部的机构（rescue.pilot.ministry = " + settings.ministry() + "），无法申报。"));

    String pilotNumber = caseNumbers.next("pilot",
        LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.ZONE));
    execution.setVariable(CASE_NUMBER, pilotNumber);
    execution.setProcessBusinessKey(pilotNumber);
    execution.setVariable(APPLICANT_AGENCY, applicant.code());
    execution.setVariable(APPLICANT_NAME, applicant.name());
    execution.setVariable(PROVINCE_AGENCY, province.code());
    execution.setVariable(MINISTRY_AGENCY, ministry.code());
    execution.setVariable(EXTENSIONS_GRANTED, 0);
    execution.setVariable(PLAN_VERSION, 0);
    for (Agency party : List.of(applicant, province, ministry)) {
      caseAccess.grant(execution.getProcessInstanceId(), party.code());
    }
  }

  /** The starter's civil-affairs bureau; the named one ({@code applicantAgency}) when they work for several. */
  private Agency applicant(DelegateExecution execution) {
    String starter = execution.getVariable(APPLIED_BY) instanceof String user ? user : null;
    Object named = execution.getVariable(APPLICANT_AGENCY);
    List<String> bureaus = starter == null ? List.of() : staffAgencies.of(starter).stream()
        .filter(code -> APPLICANT_KIND.equals(organisation.require(code).kind())).sorted().toList();
    if (named != null) {
      Agency agency = organisation.require(named.toString());
      if (!APPLICANT_KIND.equals(agency.kind()) || (starter != null && !bureaus.contains(agency.code()))) {
        throw new BadUserRequestException("试点申报单位须为试点区域的民政部门，且由其工作人员提交。");
      }
      return agency;
    }
    if (bureaus.size() != 1) {
      throw new BadUserRequestException(bureaus.isEmpty() ? "试点由试点区域的民政部门申报：您不属于民政部门，不能提交申报。"
          : "您属于多个民政部门，请指明申报单位 applicantAgency。");
    }
    return organisation.require(bureaus.get(0));
  }

  private static void checkApplication(DelegateExecution execution) {
    FormValues.text(execution, PILOT_AREA, "试点区域", LONGEST_SHORT_TEXT);
    Object areaType = execution.getVariable(AREA_TYPE);
    if (!(areaType instanceof String code) || !AreaType.ALL.containsKey(code)) {
      throw new BadUserRequestException("请选择试点区域类型（地级市辖区、省域或县域）。");
    }
    FormValues.text(execution, IMPLEMENTING_BODY, "具体承担单位", LONGEST_SHORT_TEXT);
    FormValues.wholeNumber(execution, POPULATION, "辖区常住人口（万人）", 0, 100_000);
    FormValues.wholeNumber(execution, STATION_COUNT, "救助管理机构数量", 0, 1_000);
    FormValues.wholeNumber(execution, ANNUAL_CASELOAD, "上年度救助人次", 0, 10_000_000);
    FormValues.text(execution, EXISTING_CAPACITY, "基础条件", LONGEST_LONG_TEXT);
    FormValues.text(execution, LOCATION_ADVANTAGES, "区位布局", LONGEST_LONG_TEXT);
    FormValues.text(execution, REFORM_WILLINGNESS, "改革意愿和主要思路", LONGEST_LONG_TEXT);
    List<String> tasks = FormValues.codes(execution, PILOT_TASKS, "拟探索的试点任务", PilotTask.ALL.keySet());
    if (tasks.isEmpty()) {
      throw new BadUserRequestException("请选择拟探索的试点任务（至少一项）。");
    }
    execution.setVariable(PILOT_TASKS_SUMMARY, String.join("、", tasks.stream().map(PilotTask.ALL::get).toList()));
    if (!FormValues.flag(execution, GOVERNMENT_CONSENT, "已征得当地政府同意")) {
      throw new BadUserRequestException("试点申报须征得当地政府同意：请取得同意文件，勾选“已征得当地政府同意”并填写文件文号。");
    }
    FormValues.text(execution, CONSENT_DOCUMENT, "当地政府同意文件文号", LONGEST_SHORT_TEXT);
    FormValues.text(execution, CONTACT_OFFICE, "联系处室及办公电话", LONGEST_SHORT_TEXT);
  }
}
