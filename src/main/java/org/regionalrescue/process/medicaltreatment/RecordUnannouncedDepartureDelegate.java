package org.regionalrescue.process.medicaltreatment;

import static org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.DEPARTURE_NOTE;
import static org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.HOSPITAL_NAME;
import static org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.LEFT_HOSPITAL_AT;
import static org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.MEDICAL_OUTCOME;
import static org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.MEDICAL_REASON;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.regionalrescue.casefile.CaseRecordType;
import org.regionalrescue.casefile.CaseRecords;
import org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.MedicalOutcome;
import org.springframework.stereotype.Component;

/**
 * 记录擅自离院: the person left hospital without formalities, which means giving up help (RULES §0, §5). Writes the
 * written record once per case and step, however often the step runs, and gives back the outcome.
 */
@Component
public class RecordUnannouncedDepartureDelegate implements JavaDelegate {

  private final CaseRecords caseRecords;

  public RecordUnannouncedDepartureDelegate(CaseRecords caseRecords) {
    this.caseRecords = caseRecords;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("place", "hospital");
    content.put(HOSPITAL_NAME, execution.getVariable(HOSPITAL_NAME));
    content.put(LEFT_HOSPITAL_AT, execution.getVariable(LEFT_HOSPITAL_AT));
    content.put(DEPARTURE_NOTE, execution.getVariable(DEPARTURE_NOTE));
    content.put(MEDICAL_REASON, execution.getVariable(MEDICAL_REASON));
    caseRecords.record(execution, CaseRecordType.UNANNOUNCED_DEPARTURE, content);
    execution.setVariable(MEDICAL_OUTCOME, MedicalOutcome.LEFT_WITHOUT_FORMALITIES);
  }
}
