package org.regionalrescue.process.returnfollowup;

import static org.regionalrescue.process.returnfollowup.ReturnFollowUpVariables.CASE_AGENCY;
import static org.regionalrescue.process.returnfollowup.ReturnFollowUpVariables.FOLLOW_UP_OUTCOME;
import static org.regionalrescue.process.returnfollowup.ReturnFollowUpVariables.FOLLOW_UP_STARTED_AT;
import static org.regionalrescue.process.returnfollowup.ReturnFollowUpVariables.GRID_AGENCY;
import static org.regionalrescue.process.returnfollowup.ReturnFollowUpVariables.HOME_AGENCY;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.regionalrescue.organisation.Organisation;
import org.regionalrescue.process.returnfollowup.ReturnFollowUpVariables.FollowUpOutcome;
import org.springframework.stereotype.Component;

/**
 * At the start of 回归稳固: who visits (the home township or village {@code homeAgency}, the case's agency when not
 * given), whose grid worker acts on a risk (the village {@code gridAgency}, the home agency when not given), and from
 * when the visits count. An agency unknown to the organisation is refused (REST 400), so no visit is ever offered to a
 * group that nobody belongs to.
 */
@Component
public class PrepareFollowUpListener implements ExecutionListener {

  private final Organisation organisation;

  public PrepareFollowUpListener(Organisation organisation) {
    this.organisation = organisation;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String home = agency(execution, HOME_AGENCY, (String) execution.getVariable(CASE_AGENCY), "回访机构（homeAgency）");
    String grid = agency(execution, GRID_AGENCY, home, "网格所在村（社区）（gridAgency）");
    execution.setVariable(HOME_AGENCY, home);
    execution.setVariable(GRID_AGENCY, grid);
    execution.setVariable(FOLLOW_UP_STARTED_AT, ClockUtil.getCurrentTime());
    execution.setVariable(FOLLOW_UP_OUTCOME, FollowUpOutcome.STABLE);
  }

  private String agency(DelegateExecution execution, String name, String fallback, String label) {
    Object given = execution.getVariable(name);
    String code = given == null || given.toString().isBlank() ? fallback : given.toString().strip();
    if (code == null || organisation.find(code).isEmpty()) {
      throw new BadUserRequestException(label + "“" + code + "”不在本区域的组织架构中。");
    }
    return code;
  }
}
