package org.regionalrescue.process.rescuecase;

import static org.regionalrescue.process.rescuecase.RescueCaseVariables.CASE_AGENCY;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalrescue.organisation.Agency;
import org.regionalrescue.organisation.Organisation;
import org.regionalrescue.process.AgencyOptions;
import org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables;
import org.regionalrescue.process.assistancedispatch.AssistanceReceivers;
import org.regionalrescue.process.jointhandling.PartnerDepartments;
import org.springframework.stereotype.Component;

/**
 * When 站内照料 opens, gives its form the choices of the agency that holds the case (task variables, gone with the
 * task): the county stations, townships and villages of its area for 下沉协助 ({@code assistanceAgencyOptions}) and the
 * partner departments serving it for 协同会办 ({@code jointDepartmentOptions}).
 */
@Component
public class OfferCollaborationListener implements TaskListener {

  static final String JOINT_DEPARTMENT_OPTIONS = "jointDepartmentOptions";

  private final Organisation organisation;
  private final AssistanceReceivers receivers;
  private final PartnerDepartments departments;

  public OfferCollaborationListener(Organisation organisation, AssistanceReceivers receivers,
      PartnerDepartments departments) {
    this.organisation = organisation;
    this.receivers = receivers;
    this.departments = departments;
  }

  @Override
  public void notify(DelegateTask task) {
    Agency agency = organisation.require((String) task.getVariable(CASE_AGENCY));
    task.setVariableLocal(AssistanceDispatchVariables.ASSISTANCE_AGENCY_OPTIONS,
        AgencyOptions.of(receivers.within(agency)));
    task.setVariableLocal(JOINT_DEPARTMENT_OPTIONS,
        AgencyOptions.of(agency.isDepartment() ? List.of() : departments.serving(agency)));
  }
}
