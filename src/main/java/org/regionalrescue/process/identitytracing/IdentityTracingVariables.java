package org.regionalrescue.process.identitytracing;

/**
 * The variable names, coded values and message names of {@code identity-tracing} (身份查询与寻亲, RULES §6), declared
 * once and used by the diagram's conditions, the forms' keys and the tests.
 */
public final class IdentityTracingVariables {

  public static final String PROCESS_KEY = "identity-tracing";

  // ---- in: from the calling rescue-case (business key = case number)

  /** The case number; also the business key by which messages are correlated. */
  public static final String CASE_NUMBER = "caseNumber";
  /** Code of the agency handling the case; candidate groups are {@code ${caseAgency}-caseworker}/{@code -supervisor}. */
  public static final String CASE_AGENCY = "caseAgency";

  // ---- out

  /** The outcome handed back to the caller: {@link #IDENTIFIED} or {@link #UNIDENTIFIED}. */
  public static final String TRACING_OUTCOME = "tracingOutcome";
  public static final String IDENTIFIED = "identified";
  public static final String UNIDENTIFIED = "unidentified";

  // ---- messages, correlated by business key

  /** The police report the result of the DNA comparison; carries {@link #DNA_MATCH}. */
  public static final String MESSAGE_POLICE_DNA_FEEDBACK = "PoliceDnaFeedback";
  /** A family member called about the person while the center waits for the police. */
  public static final String MESSAGE_FAMILY_CONTACT = "FamilyContact";

  // ---- coded answers shared by several fields

  public static final String MATCHED = "matched";
  public static final String NO_MATCH = "no-match";
  public static final String YES = "yes";
  public static final String NO = "no";

  // ---- 比对指纹人脸 (form tracing-compare-biometrics)

  public static final String BIOMETRIC_QUERY_DATE = "biometricQueryDate";
  public static final String BIOMETRIC_QUERY_REFERENCE = "biometricQueryReference";
  /** Which comparisons were run: a list of {@link #FINGERPRINT} and/or {@link #FACE}. */
  public static final String BIOMETRIC_COMPARISONS = "biometricComparisons";
  public static final String FINGERPRINT = "fingerprint";
  public static final String FACE = "face";
  /** {@link #MATCHED} or {@link #NO_MATCH}. */
  public static final String BIOMETRIC_MATCH = "biometricMatch";
  /** {@link #YES} when the person is suspected lost, abandoned or trafficked: report to the police at once. */
  public static final String SUSPECTED_MISSING = "suspectedMissing";

  // ---- 核实身份 (form tracing-confirm-identity, used after a biometric and after a DNA match)

  /** {@link #YES} identity confirmed, {@link #NO} not confirmed: tracing goes on. */
  public static final String IDENTITY_CONFIRMED = "identityConfirmed";
  public static final String IDENTITY_VERIFICATION = "identityVerification";

  // ---- 报告公安 (form tracing-report-suspected-missing)

  public static final String SUSPECTED_SITUATION = "suspectedSituation";
  public static final String POLICE_REPORT_DATE = "policeReportDate";
  public static final String POLICE_REPORT_AUTHORITY = "policeReportAuthority";
  public static final String POLICE_REPORT_REFERENCE = "policeReportReference";

  // ---- 发布寻亲公告 (form tracing-publish-notice)

  public static final String TRACING_NOTICE_DATE = "tracingNoticeDate";
  public static final String TRACING_NOTICE_CHANNELS = "tracingNoticeChannels";
  public static final String TRACING_NOTICE_REFERENCE = "tracingNoticeReference";

  // ---- 申请公安采集DNA (form tracing-request-dna)

  public static final String DNA_REQUEST_DATE = "dnaRequestDate";
  public static final String DNA_REQUEST_AUTHORITY = "dnaRequestAuthority";
  public static final String DNA_REQUEST_REFERENCE = "dnaRequestReference";

  // ---- police feedback: message PoliceDnaFeedback or 登记公安反馈 (form tracing-record-police-feedback)

  /** {@link #MATCHED} or {@link #NO_MATCH}. */
  public static final String DNA_MATCH = "dnaMatch";
  public static final String POLICE_FEEDBACK_DATE = "policeFeedbackDate";
  public static final String POLICE_FEEDBACK_REFERENCE = "policeFeedbackReference";

  // ---- 催告公安反馈 (form tracing-remind-police)

  public static final String POLICE_REMINDER_DATE = "policeReminderDate";
  public static final String POLICE_REMINDER_CHANNEL = "policeReminderChannel";
  /** {@link #YES} when the police answered on paper: the caseworker records it in 登记公安反馈. */
  public static final String POLICE_FEEDBACK_ON_PAPER = "policeFeedbackOnPaper";

  // ---- 核实亲属来电 (form tracing-verify-family-contact)

  public static final String FAMILY_RELATION = "familyRelation";
  /** {@link #YES} the caller is family and the person is identified, {@link #NO} back to waiting. */
  public static final String FAMILY_CONTACT_CONFIRMED = "familyContactConfirmed";

  // ---- 寻亲结论 (form tracing-conclude)

  public static final String TRACING_SUMMARY = "tracingSummary";
  /** {@link #IDENTIFIED} or {@link #UNIDENTIFIED}, as the caseworker concludes. */
  public static final String TRACING_CONCLUSION = "tracingConclusion";
  public static final String ESCALATE_TO_HIGHER_LEVEL = "escalateToHigherLevel";

  private IdentityTracingVariables() {}
}
