package org.regionalrescue.process.medicaltreatment;

import java.util.Set;

/**
 * The variable names and codes of {@code medical-treatment} (医疗救治, RULES §5), declared once and used by the
 * diagram's conditions, the forms' keys, the listener, the delegate and the tests. Personal data (health notes) goes
 * in {@code person_*} fields, see {@link org.regionalrescue.casefile.PersonalFields}.
 */
public final class MedicalTreatmentVariables {

  public static final String PROCESS_KEY = "medical-treatment";

  // in: from the calling case
  /** The case number; also the business key. */
  public static final String CASE_NUMBER = "caseNumber";
  /** Code of the agency handling the case; candidate groups are {@code ${caseAgency}-caseworker}. */
  public static final String CASE_AGENCY = "caseAgency";
  /** Why the person needs treatment, one of {@link MedicalReason}. */
  public static final String MEDICAL_REASON = "medicalReason";

  // 送定点医院
  public static final String HOSPITAL_NAME = "hospitalName";
  public static final String HOSPITAL_ESCORT_STAFF = "hospitalEscortStaff";
  public static final String SENT_TO_HOSPITAL_AT = "sentToHospitalAt";

  // 登记入院
  public static final String ADMISSION_DATE = "admissionDate";
  public static final String WARD = "ward";

  // 登记治疗进展
  /** One of {@link TreatmentStatus}; routes the loop. */
  public static final String TREATMENT_STATUS = "treatmentStatus";
  /** When the person was found to have left the hospital without formalities. */
  public static final String LEFT_HOSPITAL_AT = "leftHospitalAt";
  /** How the departure was found out and what was done (not health data). */
  public static final String DEPARTURE_NOTE = "departureNote";

  // 登记出院
  public static final String DISCHARGE_CERTIFICATE_NUMBER = "dischargeCertificateNumber";
  public static final String DISCHARGE_DATE = "dischargeDate";

  // 登记医疗费用
  /** Amount in 元. */
  public static final String COST_AMOUNT = "medicalCostAmount";
  /** One of {@link CostFund}. */
  public static final String COST_FUND = "costFund";
  public static final String COST_NOTE = "medicalCostNote";

  // out: to the calling case
  /** One of {@link MedicalOutcome}. */
  public static final String MEDICAL_OUTCOME = "medicalOutcome";

  /** Codes of {@link #MEDICAL_REASON}. */
  public static final class MedicalReason {
    public static final String MENTAL_DISORDER = "mental-disorder";
    public static final String INFECTIOUS_DISEASE = "infectious-disease";
    public static final String CRITICAL_ILLNESS = "critical-illness";
    public static final String INJURY = "injury";
    public static final String SUDDEN_ILLNESS = "sudden-illness";
    public static final Set<String> ALL =
        Set.of(MENTAL_DISORDER, INFECTIOUS_DISEASE, CRITICAL_ILLNESS, INJURY, SUDDEN_ILLNESS);

    private MedicalReason() {}
  }

  /** Codes of {@link #TREATMENT_STATUS}. */
  public static final class TreatmentStatus {
    public static final String IN_TREATMENT = "in-treatment";
    public static final String DISCHARGED = "discharged";
    /** 擅自离院: left hospital without formalities, which means giving up help. */
    public static final String LEFT_WITHOUT_FORMALITIES = "left-without-formalities";
    public static final Set<String> ALL = Set.of(IN_TREATMENT, DISCHARGED, LEFT_WITHOUT_FORMALITIES);

    private TreatmentStatus() {}
  }

  /** Codes of {@link #MEDICAL_OUTCOME}. */
  public static final class MedicalOutcome {
    public static final String RETURNED_TO_STATION = "returned-to-station";
    public static final String WENT_HOME = "went-home";
    public static final String LEFT_WITHOUT_FORMALITIES = "left-without-formalities";
    /** What the discharge form may answer; the third outcome is set by the process itself. */
    public static final Set<String> AFTER_DISCHARGE = Set.of(RETURNED_TO_STATION, WENT_HOME);

    private MedicalOutcome() {}
  }

  /** Codes of {@link #COST_FUND}. */
  public static final class CostFund {
    public static final String MEDICAL_INSURANCE = "medical-insurance";
    public static final String MEDICAL_ASSISTANCE = "medical-assistance";
    /** 疾病应急救助基金: unpaid costs of people without ID. */
    public static final String DISEASE_EMERGENCY_FUND = "disease-emergency-fund";
    public static final String RESCUE_STATION_BUDGET = "rescue-station-budget";
    public static final Set<String> ALL =
        Set.of(MEDICAL_INSURANCE, MEDICAL_ASSISTANCE, DISEASE_EMERGENCY_FUND, RESCUE_STATION_BUDGET);

    private CostFund() {}
  }

  /** Element ids the listener and the tests refer to. */
  public static final class Activities {
    public static final String SEND_TO_HOSPITAL = "Task_SendToHospital";
    public static final String RECORD_ADMISSION = "Task_RecordAdmission";
    public static final String RECORD_TREATMENT_UPDATE = "Task_RecordTreatmentUpdate";
    public static final String RECORD_DISCHARGE = "Task_RecordDischarge";
    public static final String RECORD_UNANNOUNCED_DEPARTURE = "Task_RecordUnannouncedDeparture";
    public static final String RECORD_MEDICAL_COSTS = "Task_RecordMedicalCosts";

    private Activities() {}
  }

  private MedicalTreatmentVariables() {}
}
