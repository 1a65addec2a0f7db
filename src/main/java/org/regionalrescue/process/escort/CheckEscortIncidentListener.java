package org.regionalrescue.process.escort;

import static org.regionalrescue.process.escort.EscortVariables.ESCORT_CONTINUES;
import static org.regionalrescue.process.escort.EscortVariables.HOSPITAL_NAME;
import static org.regionalrescue.process.escort.EscortVariables.INCIDENT_ACTIONS;
import static org.regionalrescue.process.escort.EscortVariables.INCIDENT_AT;
import static org.regionalrescue.process.escort.EscortVariables.INCIDENT_PLACE;
import static org.regionalrescue.process.escort.EscortVariables.INCIDENT_REPORTED_TO;
import static org.regionalrescue.process.escort.EscortVariables.INCIDENT_TYPE;
import static org.regionalrescue.process.escort.EscortVariables.POLICE_REPORT_NUMBER;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalrescue.process.escort.EscortVariables.EscortContinues;
import org.regionalrescue.process.escort.EscortVariables.IncidentType;
import org.regionalrescue.process.rescuecase.DeparturePolicy;
import org.springframework.stereotype.Component;

/**
 * 护送途中突发情况, on complete: what happened, where and when, what was done and to whom it was reported; an illness
 * or injury names the hospital the person was taken to, absconding the police report (RULES §7, [LOCAL DB34/T
 * 4674-2024]); and whether the escort goes on.
 */
@Component
public class CheckEscortIncidentListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (!(task.getVariable(INCIDENT_TYPE) instanceof String type) || !IncidentType.ALL.contains(type)) {
      throw new BadUserRequestException("请选择突发情况类型：突发疾病、意外受伤、擅自离开、本人要求中途离开或其他。");
    }
    required(task, INCIDENT_AT, "请填写突发情况发生的时间。");
    required(task, INCIDENT_PLACE, "请填写突发情况发生的地点。");
    required(task, INCIDENT_ACTIONS, "请填写采取的处置措施。");
    required(task, INCIDENT_REPORTED_TO, "请填写已向哪个机构或负责人报告。");
    if (IncidentType.MEDICAL.contains(type)) {
      required(task, HOSPITAL_NAME, "突发疾病或受伤的，请填写送治的医院。");
    }
    if (IncidentType.LEFT_ON_REQUEST.equals(type) && mayNotLeaveAlone(task)) {
      throw new BadUserRequestException("未满16周岁的未成年人和无民事行为能力人员不能中途自行离开，"
          + "只能交由经核实身份的亲属或继续护送。");
    }
    if (IncidentType.ABSCONDED.equals(type)) {
      required(task, POLICE_REPORT_NUMBER, "受助人员擅自离开的，应报告公安机关：请填写报警回执编号。");
    }
    if (!(task.getVariable(ESCORT_CONTINUES) instanceof String continues)
        || !EscortContinues.ALL.contains(continues)) {
      throw new BadUserRequestException("请选择处置后继续护送还是中止护送。");
    }
  }

  /** The facts return-home passes in: a minor or a person lacking capacity never leaves on their own (RULES §0). */
  private static boolean mayNotLeaveAlone(DelegateTask task) {
    Object age = task.getVariable("age");
    boolean minor = age instanceof Number years && years.intValue() < DeparturePolicy.AGE_OF_SELF_DEPARTURE;
    return minor || Boolean.TRUE.equals(task.getVariable("lacksCapacity"));
  }

  private static void required(DelegateTask task, String name, String message) {
    Object value = task.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      throw new BadUserRequestException(message);
    }
  }
}
