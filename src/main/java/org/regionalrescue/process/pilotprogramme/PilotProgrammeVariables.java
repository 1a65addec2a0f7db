package org.regionalrescue.process.pilotprogramme;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The variable names, codes and element ids of {@code pilot-programme} (救助管理区域性中心试点, RULES §12), declared once
 * and used by the diagram, the forms' keys, the listeners and the tests.
 */
public final class PilotProgrammeVariables {

  public static final String PROCESS_KEY = "pilot-programme";
  /** Agencies of this kind apply: the pilot area's civil-affairs bureau (a department of the organisation file). */
  public static final String APPLICANT_KIND = "civil-affairs";

  // ---- set by the system at the start
  /** The pilot's number ({@code pilot-<yyyyMMdd>-<nnnn>}): the business key, and the key of its written records. */
  public static final String CASE_NUMBER = "caseNumber";
  /** The applying civil-affairs bureau (a department of kind civil-affairs in the organisation). */
  public static final String APPLICANT_AGENCY = "applicantAgency";
  public static final String APPLICANT_NAME = "applicantName";
  /** The province above the applicant: selects, guides the plan, submits, evaluates. */
  public static final String PROVINCE_AGENCY = "provinceAgency";
  /** The ministry's office ({@code rescue.pilot.ministry}): expert review, approval, extension, acceptance. */
  public static final String MINISTRY_AGENCY = "ministryAgency";
  /** The user who applied (start event initiator). */
  public static final String APPLIED_BY = "appliedBy";
  /** Integer: extensions granted so far; 0 during the first term. */
  public static final String EXTENSIONS_GRANTED = "extensionsGranted";

  // ---- 试点申报表 (start form pilot-application: Attachment 1 of the notice)
  public static final String PILOT_AREA = "pilotArea";
  /** One of {@link AreaType}. */
  public static final String AREA_TYPE = "areaType";
  public static final String IMPLEMENTING_BODY = "implementingBody";
  public static final String POPULATION = "population";
  public static final String STATION_COUNT = "stationCount";
  public static final String ANNUAL_CASELOAD = "annualCaseload";
  public static final String EXISTING_CAPACITY = "existingCapacity";
  public static final String LOCATION_ADVANTAGES = "locationAdvantages";
  public static final String REFORM_WILLINGNESS = "reformWillingness";
  /** Json list of {@link PilotTask} codes. */
  public static final String PILOT_TASKS = "pilotTasks";
  public static final String PILOT_TASKS_SUMMARY = "pilotTasksSummary";
  /** Boolean: the local government agreed (required by the notice). */
  public static final String GOVERNMENT_CONSENT = "governmentConsent";
  public static final String CONSENT_DOCUMENT = "consentDocument";
  public static final String CONTACT_OFFICE = "contactOffice";

  // ---- 遴选推荐 (province supervisors; form pilot-select): the four criteria of the notice
  public static final String REFORM_WILLINGNESS_RATING = "reformWillingnessRating";
  public static final String LOCATION_RATING = "locationRating";
  public static final String CAPACITY_RATING = "capacityRating";
  public static final String CASELOAD_RATING = "caseloadRating";
  /** The four criteria with their Chinese names. */
  public static final Map<String, String> CRITERIA = Map.of(REFORM_WILLINGNESS_RATING, "改革意愿", LOCATION_RATING,
      "区位布局", CAPACITY_RATING, "基础条件", CASELOAD_RATING, "救助任务量");
  /** The order of the four criteria in the notice. */
  public static final List<String> CRITERIA_ORDER = List.of(REFORM_WILLINGNESS_RATING, LOCATION_RATING,
      CAPACITY_RATING, CASELOAD_RATING);
  /** One of {@link SelectionDecision}. */
  public static final String SELECTION_DECISION = "selectionDecision";
  public static final String SELECTION_NOTE = "selectionNote";

  // ---- 编制试点方案 (the applicant; form pilot-plan): the seven required contents
  public static final String PLAN_VERSION = "planVersion";
  public static final Map<String, String> PLAN_CONTENTS = Map.of("planConditions", "试点条件", "planApproach", "试点思路",
      "planGoals", "试点目标", "planTasks", "试点任务", "planSchedule", "进度安排", "planExpectedEffects", "预期效果",
      "planSafeguards", "保障措施");
  /** The order of the seven contents in the notice. */
  public static final List<String> PLAN_ORDER = List.of("planConditions", "planApproach", "planGoals", "planTasks",
      "planSchedule", "planExpectedEffects", "planSafeguards");

  // ---- 审核试点方案 (province caseworkers; form pilot-review-plan)
  /** One of {@link PlanReview}. */
  public static final String PLAN_REVIEW = "planReview";
  public static final String PLAN_REVIEW_NOTE = "planReviewNote";

  // ---- 报送民政部 (province caseworkers; form pilot-submit)
  public static final String SUBMITTED_ON = "submittedOn";
  public static final String PAPER_DOCUMENT_NUMBER = "paperDocumentNumber";
  /** Boolean: the electronic copy went with the paper one (the notice asks for both). */
  public static final String ELECTRONIC_COPY_SENT = "electronicCopySent";
  public static final String SUBMISSION_NOTE = "submissionNote";
  /** Boolean set by the system: submitted after the configured deadline. */
  public static final String SUBMITTED_LATE = "submittedLate";

  // ---- 专家评估审查 (ministry caseworkers; form pilot-expert-review)
  public static final String EXPERT_PANEL = "expertPanel";
  public static final String EXPERT_SCORE = "expertScore";
  /** One of {@link ExpertRecommendation}. */
  public static final String EXPERT_RECOMMENDATION = "expertRecommendation";
  public static final String EXPERT_OPINION = "expertOpinion";

  // ---- 审核批复 (ministry supervisors; form pilot-approve)
  /** One of {@link ApprovalDecision}. */
  public static final String APPROVAL_DECISION = "approvalDecision";
  public static final String APPROVAL_DOCUMENT = "approvalDocument";
  public static final String APPROVAL_NOTE = "approvalNote";

  // ---- 跟踪评估 (province caseworkers; form pilot-evaluate)
  /** One of {@link EvaluationRating}. */
  public static final String EVALUATION_RATING = "evaluationRating";
  public static final String EVALUATION_FINDINGS = "evaluationFindings";
  /** Boolean: the evaluation was reported to the ministry (the notice asks for it). */
  public static final String EVALUATION_REPORTED = "evaluationReportedToMinistry";

  // ---- 确定是否延长 (ministry supervisors; form pilot-extension)
  /** One of {@link ExtensionDecision}. */
  public static final String EXTENSION_DECISION = "extensionDecision";
  public static final String EXTENSION_REASON = "extensionReason";

  // ---- closing: 总结报告 (applicant), 总体情况报告 (province), 总结验收 (ministry)
  public static final String SUMMARY_DOCUMENT = "summaryDocument";
  public static final String SUMMARY_HIGHLIGHTS = "summaryHighlights";
  public static final String PROVINCIAL_REPORT_DOCUMENT = "provincialReportDocument";
  public static final String PROVINCIAL_REPORT_SUMMARY = "provincialReportSummary";
  /** One of {@link AcceptanceDecision}. */
  public static final String ACCEPTANCE_DECISION = "acceptanceDecision";
  public static final String ACCEPTANCE_NOTE = "acceptanceNote";

  /** Codes of {@link #AREA_TYPE}: the notice's pilot areas. */
  public static final class AreaType {
    public static final Map<String, String> ALL = Map.of("prefecture-districts", "地级市辖区", "province", "省域",
        "county", "县域");

    private AreaType() {}
  }

  /** Codes of {@link #PILOT_TASKS}: the four pilot tasks of the notice §三. */
  public static final class PilotTask {
    public static final Map<String, String> ALL = Map.of("service-network", "完善救助服务网络", "service-supply",
        "优化救助服务供给", "service-capacity", "提升救助服务保障能力", "institutions", "总结救助管理提质创新制度");

    private PilotTask() {}
  }

  /** Codes of the four criteria's ratings. */
  public static final class Rating {
    public static final String WEAK = "weak";
    public static final Set<String> ALL = Set.of("strong", "adequate", WEAK);

    private Rating() {}
  }

  /** Codes of {@link #SELECTION_DECISION}. */
  public static final class SelectionDecision {
    public static final String RECOMMEND = "recommend";
    public static final String NOT_RECOMMENDED = "not-recommended";
    public static final Set<String> ALL = Set.of(RECOMMEND, NOT_RECOMMENDED);

    private SelectionDecision() {}
  }

  /** Codes of {@link #PLAN_REVIEW}. */
  public static final class PlanReview {
    public static final String APPROVE = "approve";
    public static final String REVISE = "revise";
    public static final Set<String> ALL = Set.of(APPROVE, REVISE);

    private PlanReview() {}
  }

  /** Codes of {@link #EXPERT_RECOMMENDATION}. */
  public static final class ExpertRecommendation {
    public static final Set<String> ALL = Set.of("include", "not-include");

    private ExpertRecommendation() {}
  }

  /** Codes of {@link #APPROVAL_DECISION}. */
  public static final class ApprovalDecision {
    public static final String APPROVE = "approve";
    public static final String REJECT = "reject";
    public static final Set<String> ALL = Set.of(APPROVE, REJECT);

    private ApprovalDecision() {}
  }

  /** Codes of {@link #EVALUATION_RATING}. */
  public static final class EvaluationRating {
    public static final Set<String> ALL = Set.of("good", "satisfactory", "needs-improvement");

    private EvaluationRating() {}
  }

  /** Codes of {@link #EXTENSION_DECISION}. */
  public static final class ExtensionDecision {
    public static final String EXTEND = "extend";
    public static final String CONCLUDE = "conclude";
    public static final Set<String> ALL = Set.of(EXTEND, CONCLUDE);

    private ExtensionDecision() {}
  }

  /** Codes of {@link #ACCEPTANCE_DECISION}. */
  public static final class AcceptanceDecision {
    public static final String ACCEPTED = "accepted";
    public static final String RECTIFY = "rectify";
    public static final Set<String> ALL = Set.of(ACCEPTED, RECTIFY);

    private AcceptanceDecision() {}
  }

  /** Element ids the tests and listeners refer to. */
  public static final class Activities {
    public static final String PREPARATION = "SubProcess_Preparation";
    public static final String SELECT_PILOT = "Task_SelectPilot";
    public static final String DRAFT_PLAN = "Task_DraftPlan";
    public static final String REVIEW_PLAN = "Task_ReviewPlan";
    public static final String SUBMIT_TO_MINISTRY = "Task_SubmitToMinistry";
    public static final String SUBMISSION_DEADLINE = "Timer_SubmissionDeadline";
    public static final String SUPERVISE_SUBMISSION = "Task_SuperviseSubmission";
    public static final String EXPERT_REVIEW = "Task_ExpertReview";
    public static final String APPROVE_PILOT = "Task_ApprovePilot";
    public static final String IMPLEMENTATION = "SubProcess_Implementation";
    public static final String TERM_ENDS = "Event_TermEnds";
    public static final String EVALUATION_DUE = "Start_EvaluationDue";
    public static final String EVALUATE_PILOT = "Task_EvaluatePilot";
    public static final String DECIDE_EXTENSION = "Task_DecideExtension";
    public static final String SUBMIT_SUMMARY = "Task_SubmitSummary";
    public static final String PROVINCIAL_REPORT = "Task_ProvincialReport";
    public static final String ACCEPT_PILOT = "Task_AcceptPilot";

    private Activities() {}
  }

  private PilotProgrammeVariables() {}
}
