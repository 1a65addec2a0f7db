package org.regionalrescue.process.streetdiscovery;

import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.CASE_AGENCY;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.CASE_NUMBER;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.JOINT_RESULT;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.ON_SITE_OUTCOME;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.PERSON_FIELDS_OF_THE_PERSON;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.RESCUE_CASE_NUMBER;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.RESPONSE_TEAM;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.TAKEN_TO;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.VULNERABILITY;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.regionalrescue.casefile.CaseFiles;
import org.regionalrescue.casefile.PersonalFields;
import org.regionalrescue.process.rescuecase.RescueCaseVariables;
import org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.JointResult;
import org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.OnSiteOutcome;
import org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.TakenTo;
import org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.Vulnerability;
import org.springframework.stereotype.Component;

/**
 * 转入救助个案: the person came in (accepted help, or protective help for a minor or a sick person, or a joint patrol
 * that admitted them or took them to hospital): a rescue case is opened at the responsible agency by the message
 * {@code RescueCaseReferral}, brought by the street team ({@code arrivalChannel} street-team, the team as handover
 * unit, the report number as handover record). What the report's case file knows of the person (name, appearance,
 * health notes; not the reporter) goes to the new case's file. Once per report, also when retried.
 */
@Component
public class StartRescueCaseDelegate implements JavaDelegate {

  static final String STREET_TEAM = "street-team";
  /** Variables the rescue case receives beyond its own: what the street team saw, as routing facts. */
  static final String PROTECTIVE_HELP = "protectiveHelp";

  private final StreetDiscoveryProcesses processes;
  private final CaseFiles caseFiles;

  public StartRescueCaseDelegate(StreetDiscoveryProcesses processes, CaseFiles caseFiles) {
    this.processes = processes;
    this.caseFiles = caseFiles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getVariable(RESCUE_CASE_NUMBER) != null) {
      return;
    }
    String reportNumber = (String) execution.getVariable(CASE_NUMBER);
    Object jointResult = execution.getVariable(JOINT_RESULT);
    boolean toHospital = JointResult.MEDICAL.equals(jointResult) || TakenTo.HOSPITAL.equals(execution.getVariable(TAKEN_TO));
    Object vulnerability = execution.getVariable(VULNERABILITY);

    Map<String, Object> referral = new LinkedHashMap<>();
    referral.put(RescueCaseVariables.CASE_AGENCY, execution.getVariable(CASE_AGENCY));
    referral.put(RescueCaseVariables.ARRIVAL_CHANNEL, STREET_TEAM);
    referral.put("handoverUnit", execution.getVariable(RESPONSE_TEAM));
    referral.put("handoverRecordNumber", reportNumber);
    referral.put(PROTECTIVE_HELP, OnSiteOutcome.PROTECTIVE.equals(execution.getVariable(ON_SITE_OUTCOME))
        || JointResult.MEDICAL.equals(jointResult));
    referral.put(TAKEN_TO, toHospital ? TakenTo.HOSPITAL : TakenTo.STATION);
    referral.put(VULNERABILITY, vulnerability == null ? Vulnerability.NONE : vulnerability);
    String caseNumber = processes.startRescueCase(reportNumber, referral);

    Map<String, Object> person = new LinkedHashMap<>();
    Map<String, Object> reported = caseFiles.person(reportNumber);
    for (String field : PERSON_FIELDS_OF_THE_PERSON) {
      String key = PersonalFields.fileKey(field);
      if (reported.get(key) != null) {
        person.put(key, reported.get(key));
      }
    }
    if (!person.isEmpty()) {
      caseFiles.updatePerson(caseNumber, person);
    }
    execution.setVariable(RESCUE_CASE_NUMBER, caseNumber);
  }
}
