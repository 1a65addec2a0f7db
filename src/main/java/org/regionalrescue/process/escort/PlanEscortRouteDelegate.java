package org.regionalrescue.process.escort;

import static org.regionalrescue.process.escort.EscortVariables.APPROVING_AGENCY;
import static org.regionalrescue.process.escort.EscortVariables.CASE_AGENCY;
import static org.regionalrescue.process.escort.EscortVariables.CASE_NUMBER;
import static org.regionalrescue.process.escort.EscortVariables.CROSS_PROVINCE;
import static org.regionalrescue.process.escort.EscortVariables.DESTINATION_AGENCY;
import static org.regionalrescue.process.escort.EscortVariables.DESTINATION_NAME;
import static org.regionalrescue.process.escort.EscortVariables.DESTINATION_PROVINCE;
import static org.regionalrescue.process.escort.EscortVariables.ESCORT_LEGS;
import static org.regionalrescue.process.escort.EscortVariables.LEG_COUNT;
import static org.regionalrescue.process.escort.EscortVariables.ROUTE_SUMMARY;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.regionalrescue.process.escort.EscortVariables.DestinationProvince;
import org.springframework.stereotype.Component;

/**
 * 确定护送路线: the legs of the chain from the organisation and the plan's destination ({@link EscortRoutes}), the
 * regional center that approves a cross-province escort and coordinates refusals, and the chain in words. Writes the
 * same result however often it runs.
 */
@Component
public class PlanEscortRouteDelegate implements JavaDelegate {

  private final EscortRoutes routes;

  public PlanEscortRouteDelegate(EscortRoutes routes) {
    this.routes = routes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseAgency = (String) execution.getVariable(CASE_AGENCY);
    String province = (String) execution.getVariable(DESTINATION_PROVINCE);
    EscortDestination destination = new EscortDestination(province,
        (String) execution.getVariable(DESTINATION_AGENCY), (String) execution.getVariable(DESTINATION_NAME));
    List<EscortLeg> legs = routes.legsFor((String) execution.getVariable(CASE_NUMBER), caseAgency, destination);
    execution.setVariable(ESCORT_LEGS, SpinValues.jsonValue(EscortLeg.toJson(legs)).create());
    execution.setVariable(LEG_COUNT, legs.size());
    execution.setVariable(CROSS_PROVINCE, DestinationProvince.OTHER_PROVINCE.equals(province));
    execution.setVariable(APPROVING_AGENCY, routes.approvingAgency(caseAgency));
    execution.setVariable(ROUTE_SUMMARY, EscortRoutes.summary(legs));
  }
}
