package org.regionalrescue.process.weathercampaign;

import static org.regionalrescue.process.weathercampaign.WeatherCampaignVariables.CAMPAIGN_AGENCY;
import static org.regionalrescue.process.weathercampaign.WeatherCampaignVariables.CAMPAIGN_FROM;
import static org.regionalrescue.process.weathercampaign.WeatherCampaignVariables.CAMPAIGN_NOTE;
import static org.regionalrescue.process.weathercampaign.WeatherCampaignVariables.CAMPAIGN_TYPE;
import static org.regionalrescue.process.weathercampaign.WeatherCampaignVariables.CAMPAIGN_UNTIL;
import static org.regionalrescue.process.weathercampaign.WeatherCampaignVariables.ENDS_AT;
import static org.regionalrescue.process.weathercampaign.WeatherCampaignVariables.STARTED_BY;
import static org.regionalrescue.process.weathercampaign.WeatherCampaignVariables.STARTS_AT;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.regionalrescue.calendar.WorkingDayCalendar;
import org.regionalrescue.organisation.Agency;
import org.regionalrescue.organisation.AgencyRole;
import org.regionalrescue.organisation.Organisation;
import org.regionalrescue.process.weathercampaign.WeatherCampaignVariables.CampaignType;
import org.regionalrescue.security.CaseAccess;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * At the start of a weather campaign: the campaign is switched on by a supervisor for their own agency (a county
 * station, the regional center or the province; every place under it is covered), with a type and a period of whole
 * days in China time that has not ended yet. Anything else is refused (REST 400) and no campaign starts. The
 * campaign is opened to the agency's readers.
 */
@Component
public class PrepareCampaignListener implements ExecutionListener {

  static final int LONGEST_NOTE = 500;

  private final Organisation organisation;
  private final IdentityService identity;
  private final CaseAccess caseAccess;

  public PrepareCampaignListener(Organisation organisation, @Lazy IdentityService identity, CaseAccess caseAccess) {
    this.organisation = organisation;
    this.identity = identity;
    this.caseAccess = caseAccess;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String agency = agency(execution);
    Object type = execution.getVariable(CAMPAIGN_TYPE);
    if (!(type instanceof String code) || !CampaignType.ALL.containsKey(code)) {
      throw new BadUserRequestException("请选择专项行动类型（寒冬送温暖或夏季送清凉）。");
    }
    LocalDate from = day(execution, CAMPAIGN_FROM, "开始日期");
    LocalDate until = day(execution, CAMPAIGN_UNTIL, "结束日期");
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.ZONE);
    if (until.isBefore(from)) {
      throw new BadUserRequestException("专项行动的结束日期不能早于开始日期。");
    }
    if (until.isBefore(today)) {
      throw new BadUserRequestException("专项行动的结束日期已过，请填写今天或以后的日期。");
    }
    if (execution.getVariable(CAMPAIGN_NOTE) instanceof String note && note.length() > LONGEST_NOTE) {
      throw new BadUserRequestException("行动说明不能超过" + LONGEST_NOTE + "个字。");
    }
    execution.setVariable(CAMPAIGN_AGENCY, agency);
    execution.setVariable(STARTS_AT, startOf(from));
    execution.setVariable(ENDS_AT, startOf(until.plusDays(1)));
    caseAccess.grant(execution.getProcessInstanceId(), agency);
  }

  /** The starter's own agency where they are a supervisor; the named one when they supervise several. */
  private String agency(DelegateExecution execution) {
    String starter = execution.getVariable(STARTED_BY) instanceof String user ? user : null;
    Object named = execution.getVariable(CAMPAIGN_AGENCY);
    if (named != null) {
      Agency agency = organisation.require(named.toString());
      if (agency.isDepartment()) {
        throw new BadUserRequestException("专项行动只能由救助管理机构或民政部门启动，协同部门不能启动。");
      }
      if (starter != null && !supervises(starter, agency.code())) {
        throw new BadUserRequestException("只有本机构的主管可以启动专项行动。");
      }
      return agency.code();
    }
    if (starter == null) {
      throw new BadUserRequestException("缺少专项行动覆盖的机构：请提供变量 campaignAgency（机构代码）。");
    }
    List<String> supervised = organisation.agencies().stream().filter(a -> !a.isDepartment())
        .map(Agency::code).filter(code -> supervises(starter, code)).toList();
    if (supervised.size() != 1) {
      throw new BadUserRequestException("只有救助管理机构或民政部门的主管可以启动专项行动"
          + (supervised.isEmpty() ? "。" : "；您主管多个机构，请指明机构代码 campaignAgency。"));
    }
    return supervised.get(0);
  }

  private boolean supervises(String userId, String agencyCode) {
    return identity.createUserQuery().userId(userId).memberOfGroup(AgencyRole.SUPERVISOR.groupOf(agencyCode))
        .count() > 0;
  }

  /** A date from the form: {@code 2026-11-15}, or the date part of a date-time. */
  private static LocalDate day(DelegateExecution execution, String name, String label) {
    Object value = execution.getVariable(name);
    if (value instanceof Date date) {
      return LocalDate.ofInstant(date.toInstant(), WorkingDayCalendar.ZONE);
    }
    if (value instanceof String text && text.strip().length() >= 10) {
      try {
        return LocalDate.parse(text.strip().substring(0, 10));
      } catch (DateTimeParseException e) {
        // refused below
      }
    }
    throw new BadUserRequestException("请填写专项行动的" + label + "（年-月-日）。");
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(WorkingDayCalendar.ZONE).toInstant());
  }
}
