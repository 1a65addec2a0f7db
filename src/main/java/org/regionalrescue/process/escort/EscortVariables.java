package org.regionalrescue.process.escort;

import java.util.Set;

/**
 * The variable names, codes, messages and element ids of {@code escort} (护送) and {@code escort-reception} (护送接收),
 * RULES §7, declared once and used by the diagrams' conditions, the forms' keys, the listeners, the delegates and the
 * tests.
 *
 * <p>Variables of one leg (接收方、答复、协调、突发情况 ...) live in the scope of that leg's instance of the multi-instance
 * subprocess ({@link StartEscortLegListener} declares them there), so a leg never sees the answers of the leg before.
 * Only {@link #LEG_ID}, the leg under way, is a process-level variable: the messages of the receiving side are
 * correlated on it.
 */
public final class EscortVariables {

  public static final String PROCESS_KEY = "escort";
  public static final String RECEPTION_PROCESS_KEY = "escort-reception";
  /** Decision table: who pays for a leg (RULES §7). */
  public static final String COSTS_DECISION_KEY = "escort-costs";

  // ---- messages between the two instances
  /** Starts {@code escort-reception} at the receiving side; business key = case number, variables of the leg. */
  public static final String MESSAGE_LEG_REQUESTED = "EscortLegRequested";
  /** The receiving side's answer (accepted / refused with a coded reason), to the sender; correlated on legId. */
  public static final String MESSAGE_RECEPTION_ANSWERED = "EscortReceptionAnswered";
  /** The receiving side's signed handover, to the sender; correlated on legId; idempotent. */
  public static final String MESSAGE_HANDOVER_CONFIRMED = "EscortHandoverConfirmed";
  /** The sender withdraws a leg it can no longer complete (incident), to the receiving side; correlated on legId. */
  public static final String MESSAGE_LEG_WITHDRAWN = "EscortLegWithdrawn";

  // ---- in: from the calling case (return-home)
  /** The case number; also the business key of both processes. */
  public static final String CASE_NUMBER = "caseNumber";
  /** Code of the agency holding the case; it plans the escort and sends the first leg. */
  public static final String CASE_AGENCY = "caseAgency";

  // ---- 制定护送方案 (the person's home)
  /** One of {@link DestinationProvince}. */
  public static final String DESTINATION_PROVINCE = "destinationProvince";
  /** Code of the home agency (county station, township or prefecture station) when it is in the organisation. */
  public static final String DESTINATION_AGENCY = "destinationAgency";
  /** Name of the destination: the home station or civil-affairs office (户籍地救助管理机构或民政部门). */
  public static final String DESTINATION_NAME = "destinationName";
  public static final String ROUTE_DESCRIPTION = "routeDescription";
  /** Whole number ≥ 1. */
  public static final String ESCORT_STAFF_COUNT = "escortStaffCount";
  /** Roles of the escort staff (工作人员、医护人员), not their names. */
  public static final String ESCORT_STAFF_ROLES = "escortStaffRoles";
  /** One of {@link Transport}. */
  public static final String ESCORT_TRANSPORT = "escortTransport";
  public static final String PLANNED_DEPARTURE = "plannedDeparture";

  // ---- 确定护送路线 (computed from the organisation, EscortRoutes)
  /** The legs, a JSON array of {@link EscortLeg}. */
  public static final String ESCORT_LEGS = "escortLegs";
  public static final String LEG_COUNT = "legCount";
  /** Boolean: the home is in another province. */
  public static final String CROSS_PROVINCE = "crossProvince";
  /** Code of the regional center of the case's agency: approves a cross-province escort, coordinates refusals. */
  public static final String APPROVING_AGENCY = "approvingAgency";
  /** The chain in words, for forms: 青山县救助管理站 → 东湖市救助管理站（区域性中心） → … */
  public static final String ROUTE_SUMMARY = "routeSummary";

  // ---- 审批跨省护送
  /** One of {@link ApprovalDecision}. */
  public static final String APPROVAL_DECISION = "approvalDecision";
  public static final String APPROVAL_NOTE = "approvalNote";

  // ---- one leg (element variable and the leg's local variables)
  /** Element variable of the multi-instance subprocess: one element of {@link #ESCORT_LEGS}. */
  public static final String LEG = "leg";
  /** Referral id of a leg: {@code <case number>-L<n>}; unique per leg; the correlation key of the replies. */
  public static final String LEG_ID = "legId";
  public static final String LEG_NUMBER = "legNumber";
  public static final String SENDING_AGENCY = "sendingAgency";
  public static final String SENDING_NAME = "sendingName";
  /**
   * Code of the agency whose staff work the reception: the receiving agency itself, or, for a receiver outside the
   * organisation (another province, another prefecture), the sending agency, which records that receiver's answer.
   */
  public static final String RECEIVING_AGENCY = "receivingAgency";
  public static final String RECEIVER_NAME = "receiverName";
  /** Boolean: the receiver is outside the organisation. */
  public static final String RECEIVER_EXTERNAL = "receiverExternal";
  /** One of {@link LegMode}. */
  public static final String LEG_MODE = "legMode";
  /** One of {@link LegKind}. */
  public static final String LEG_KIND = "legKind";
  /** Code of the office that notifies the receiver (the provincial civil-affairs office for another province), or "". */
  public static final String NOTIFIED_VIA = "notifiedVia";
  public static final String NOTIFIED_VIA_NAME = "notifiedViaName";

  // 确定本段费用承担 (decision escort-costs)
  public static final String LEG_COSTS = "legCosts";
  /** One of {@link CostPayer}. */
  public static final String COST_PAYER = "costPayer";
  /** The rule in words, for the handover form. */
  public static final String COST_BASIS = "costBasis";

  // 通知接收方 and its answer
  /** How often the receiving side has been asked for this leg (1, 2 … after coordination). */
  public static final String RECEPTION_ATTEMPT = "receptionAttempt";
  /** One of {@link ReceptionDecision}. */
  public static final String RECEPTION_DECISION = "receptionDecision";
  /** One of {@link RefusalReason}; required with a refusal. */
  public static final String RECEPTION_REFUSAL_REASON = "receptionRefusalReason";
  public static final String RECEPTION_REFUSAL_NOTE = "receptionRefusalNote";
  /** Reference of the notice through which an external receiver was asked (e.g. the provincial office's letter). */
  public static final String NOTIFICATION_REFERENCE = "notificationReference";

  // 协调接收
  /** One of {@link CoordinationResult}. */
  public static final String COORDINATION_RESULT = "coordinationResult";
  public static final String COORDINATION_NOTE = "coordinationNote";

  // 执行本段护送
  public static final String DEPARTED_AT = "departedAt";
  /** One of {@link LegProgress}. */
  public static final String LEG_PROGRESS = "legProgress";
  public static final String LEG_PROGRESS_NOTE = "legProgressNote";

  // 护送途中突发情况 (health details go to the case file as person_healthNotes)
  /** One of {@link IncidentType}. */
  public static final String INCIDENT_TYPE = "incidentType";
  public static final String INCIDENT_AT = "incidentAt";
  public static final String INCIDENT_PLACE = "incidentPlace";
  public static final String INCIDENT_ACTIONS = "incidentActions";
  public static final String HOSPITAL_NAME = "hospitalName";
  public static final String POLICE_REPORT_NUMBER = "policeReportNumber";
  public static final String INCIDENT_REPORTED_TO = "incidentReportedTo";
  /** One of {@link EscortContinues}. */
  public static final String ESCORT_CONTINUES = "escortContinues";

  // 接收人员并签署交接表 (escort-reception), sent back with the confirmation
  public static final String ARRIVED_AT = "arrivedAt";
  /** Boolean: both sides signed the 护送交接表. */
  public static final String HANDOVER_SIGNED = "handoverSigned";
  /** Role or post of the receiving staff member (接收人员). */
  public static final String RECEIVED_BY = "receivedBy";
  /** One of {@link ConditionOnArrival}. */
  public static final String CONDITION_ON_ARRIVAL = "conditionOnArrival";
  public static final String BELONGINGS_HANDED_OVER = "belongingsHandedOver";
  public static final String HANDOVER_NOTE = "handoverNote";
  /** Set on the sender's leg by the confirmation: when the receiving side confirmed. */
  public static final String HANDOVER_CONFIRMED_AT = "handoverConfirmedAt";

  // ---- out
  /** One of {@link EscortOutcome}. */
  public static final String ESCORT_OUTCOME = "escortOutcome";

  /** Codes of {@link #DESTINATION_PROVINCE}. */
  public static final class DestinationProvince {
    public static final String IN_PROVINCE = "in-province";
    public static final String OTHER_PROVINCE = "other-province";
    public static final Set<String> ALL = Set.of(IN_PROVINCE, OTHER_PROVINCE);

    private DestinationProvince() {}
  }

  /** Codes of {@link #ESCORT_TRANSPORT}. */
  public static final class Transport {
    public static final Set<String> ALL = Set.of("station-vehicle", "train", "bus", "plane", "other");

    private Transport() {}
  }

  /** Codes of {@link #APPROVAL_DECISION}. */
  public static final class ApprovalDecision {
    public static final String APPROVED = "approved";
    public static final String RETURNED = "returned";
    public static final Set<String> ALL = Set.of(APPROVED, RETURNED);

    private ApprovalDecision() {}
  }

  /** Codes of {@link #LEG_MODE}: who travels. */
  public static final class LegMode {
    /** The sending side takes the person to the receiver (the receiving area of the person pays the fare home). */
    public static final String ESCORT = "escort";
    /** The receiving (home) side comes to fetch the person (and pays its own fetch costs). */
    public static final String FETCH = "fetch";

    private LegMode() {}
  }

  /** Codes of {@link #LEG_KIND}: where a leg goes in the chain of RULES §7. */
  public static final class LegKind {
    /** Same county: to the home township or street office. */
    public static final String TO_HOME_TOWNSHIP = "to-home-township";
    /** Same prefecture: the home county fetches. */
    public static final String TO_HOME_COUNTY = "to-home-county";
    /** Other prefecture or province: the county escorts to its prefecture station (the regional center). */
    public static final String TO_REGIONAL_CENTER = "to-regional-center";
    /** Other prefecture: the prefecture station notifies the home prefecture, which fetches. */
    public static final String TO_HOME_PREFECTURE = "to-home-prefecture";
    /** Other province: the prefecture station escorts to the designated cross-province station. */
    public static final String TO_CROSS_PROVINCE_STATION = "to-cross-province-station";
    /** Other province: the designated station escorts to the other province, notified by the provincial office. */
    public static final String TO_OTHER_PROVINCE = "to-other-province";

    private LegKind() {}
  }

  /** Codes of {@link #COST_PAYER}. */
  public static final class CostPayer {
    public static final String SENDER = "sender";
    public static final String RECEIVER = "receiver";

    private CostPayer() {}
  }

  /** Codes of {@link #RECEPTION_DECISION}. */
  public static final class ReceptionDecision {
    public static final String ACCEPTED = "accepted";
    public static final String REFUSED = "refused";
    public static final Set<String> ALL = Set.of(ACCEPTED, REFUSED);

    private ReceptionDecision() {}
  }

  /** Codes of {@link #RECEPTION_REFUSAL_REASON}. */
  public static final class RefusalReason {
    public static final String NOT_RESIDENT = "not-resident";
    public static final String IDENTITY_UNVERIFIED = "identity-unverified";
    public static final String NO_CAPACITY = "no-capacity";
    public static final String DOCUMENTS_INCOMPLETE = "documents-incomplete";
    public static final String OTHER = "other";
    public static final Set<String> ALL =
        Set.of(NOT_RESIDENT, IDENTITY_UNVERIFIED, NO_CAPACITY, DOCUMENTS_INCOMPLETE, OTHER);

    private RefusalReason() {}
  }

  /** Codes of {@link #COORDINATION_RESULT}. */
  public static final class CoordinationResult {
    /** After coordination the receiving side is asked again. */
    public static final String RETRY = "retry";
    /** The escort is cancelled; the case decides anew. */
    public static final String CANCEL = "cancel";
    public static final Set<String> ALL = Set.of(RETRY, CANCEL);

    private CoordinationResult() {}
  }

  /** Codes of {@link #LEG_PROGRESS}. */
  public static final class LegProgress {
    public static final String HANDED_OVER = "handed-over";
    public static final String INCIDENT = "incident";
    public static final Set<String> ALL = Set.of(HANDED_OVER, INCIDENT);

    private LegProgress() {}
  }

  /** Codes of {@link #INCIDENT_TYPE}. */
  public static final class IncidentType {
    public static final String ILLNESS = "illness";
    public static final String INJURY = "injury";
    /** Left without formalities (走失、逃离): reported to the police. */
    public static final String ABSCONDED = "absconded";
    /** An adult asked to leave on the way and signed the 自行离站声明书 (RULES §0: an adult may always leave). */
    public static final String LEFT_ON_REQUEST = "left-on-request";
    public static final String OTHER = "other";
    public static final Set<String> ALL = Set.of(ILLNESS, INJURY, ABSCONDED, LEFT_ON_REQUEST, OTHER);
    /** Incidents that send the person to hospital. */
    public static final Set<String> MEDICAL = Set.of(ILLNESS, INJURY);

    private IncidentType() {}
  }

  /** Codes of {@link #ESCORT_CONTINUES}. */
  public static final class EscortContinues {
    public static final String CONTINUE = "continue";
    public static final String END = "end";
    public static final Set<String> ALL = Set.of(CONTINUE, END);

    private EscortContinues() {}
  }

  /** Codes of {@link #CONDITION_ON_ARRIVAL}. */
  public static final class ConditionOnArrival {
    public static final Set<String> ALL = Set.of("good", "needs-attention");

    private ConditionOnArrival() {}
  }

  /** Codes of {@link #ESCORT_OUTCOME}. */
  public static final class EscortOutcome {
    /** Every leg ended in a signed handover. */
    public static final String ESCORTED = "escorted";
    /** A receiver refused and the coordination cancelled the escort. */
    public static final String CANCELLED = "cancelled";
    /** An incident ended the escort (the person absconded or stays in hospital). */
    public static final String ABANDONED = "abandoned";

    private EscortOutcome() {}
  }

  /** Error codes thrown inside a leg and caught on the legs subprocess. */
  public static final class Errors {
    public static final String ESCORT_CANCELLED = "escort-cancelled";
    public static final String ESCORT_ABANDONED = "escort-abandoned";

    private Errors() {}
  }

  /** Element ids the tests refer to. */
  public static final class Activities {
    public static final String PLAN_ESCORT = "Task_PlanEscort";
    public static final String DETERMINE_ROUTE = "Task_DetermineRoute";
    public static final String APPROVE_CROSS_PROVINCE = "Task_ApproveCrossProvinceEscort";
    public static final String LEGS = "SubProcess_EscortLegs";
    public static final String DETERMINE_LEG_COSTS = "Task_DetermineLegCosts";
    public static final String REQUEST_RECEPTION = "Task_RequestReception";
    public static final String RECEPTION_ANSWERED = "Catch_ReceptionAnswered";
    public static final String COORDINATE_REFUSAL = "Task_CoordinateRefusal";
    public static final String CONDUCT_LEG = "Task_ConductLeg";
    public static final String HANDOVER_CONFIRMED_DURING_LEG = "Boundary_HandoverConfirmed";
    public static final String HANDOVER_CONFIRMED = "Catch_HandoverConfirmed";
    public static final String HANDLE_INCIDENT = "Task_HandleEscortIncident";
    public static final String RECORD_INCIDENT = "Task_RecordEscortIncident";
    public static final String WITHDRAW_RECEPTION = "Task_WithdrawReception";
    public static final String ESCORT_CANCELLED = "Boundary_EscortCancelled";
    public static final String ESCORT_ABANDONED = "Boundary_EscortAbandoned";

    // escort-reception
    public static final String DECIDE_RECEPTION = "Task_DecideReception";
    public static final String RECEPTION_DECISION_OVERDUE = "Timer_ReceptionDecisionOverdue";
    public static final String SUPERVISE_RECEPTION_DECISION = "Task_SuperviseReceptionDecision";
    public static final String SEND_ANSWER = "Task_SendReceptionAnswer";
    public static final String RECEIVE_PERSON = "Task_ReceivePerson";
    public static final String CONFIRM_HANDOVER = "Task_ConfirmHandover";

    private Activities() {}
  }

  private EscortVariables() {}
}
