package org.regionalrescue.process.streetdiscovery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regionalrescue.casefile.PersonalFields;

/**
 * The variable names, codes and element ids of {@code street-discovery} (发现报告与街面救助, RULES §2), declared once and
 * used by the diagram, the forms' keys, the decision {@code report-dispatch}, the report API and the tests.
 */
public final class StreetDiscoveryVariables {

  public static final String PROCESS_KEY = "street-discovery";
  /** The decision (DRD) that names the responsible agency and the response level. */
  public static final String DISPATCH_DECISION = "report-dispatch";

  // ---- in: the report (start form discovery-report, or POST /api/reports)
  /** One of {@link Channel}: how the report came in. */
  public static final String REPORT_CHANNEL = "reportChannel";
  /** Agency code of the place: a township or village of the organisation, a county, or the regional center's area. */
  public static final String PLACE = "place";
  /** Where exactly (street, landmark); no personal data. */
  public static final String LOCATION_DETAIL = "locationDetail";
  /** What the reporter saw; no names. */
  public static final String SITUATION = "situation";
  /** One of {@link Urgency}. */
  public static final String URGENCY = "urgency";
  /** One of {@link WeatherWarning}: the weather warning in force at the place; none when not given. */
  public static final String WEATHER_WARNING = "weatherWarning";
  /** Optional: the reporting app's own id of the report; the same caller's same reference is not reported twice. */
  public static final String SOURCE_REFERENCE = "sourceReference";
  /** The user who reported: the Tasklist user (start event initiator) or the reporting app's login. */
  public static final String REPORTED_BY = "reportedBy";
  // personal data of the report: moved into the report's case file when it is registered
  public static final String PERSON_NAME = PersonalFields.NAME;
  public static final String PERSON_APPEARANCE = PersonalFields.PREFIX + "appearance";
  public static final String PERSON_HEALTH_NOTES = PersonalFields.HEALTH_NOTES;
  public static final String PERSON_REPORTER_NAME = PersonalFields.PREFIX + "reporterName";
  public static final String PERSON_REPORTER_PHONE = PersonalFields.PREFIX + "reporterPhone";
  /** What of the report's personal data is about the person, and goes on to the rescue case's file. */
  public static final List<String> PERSON_FIELDS_OF_THE_PERSON = List.of(PERSON_NAME, PERSON_APPEARANCE,
      PERSON_HEALTH_NOTES);

  // ---- set by the system when the report comes in
  public static final String REPORTED_AT = "reportedAt";
  public static final String PLACE_NAME = "placeName";
  /** Boolean: a weather campaign (寒冬送温暖 / 夏季送清凉) covers the place now. */
  public static final String CAMPAIGN_ACTIVE = "campaignActive";
  /** The campaign's type ({@code winter} / {@code summer}) when one is on, else null. */
  public static final String CAMPAIGN_TYPE = "campaignType";
  // decision report-dispatch
  public static final String DISPATCH = "dispatch";
  public static final String RESPONSIBLE_AGENCY = "responsibleAgency";
  /** One of {@link ResponseLevel}. */
  public static final String RESPONSE_LEVEL = "responseLevel";
  /** Integer: how many follow-up patrols at most after a refusal or when the person was not found. */
  public static final String FOLLOW_UP_PATROLS = "followUpPatrols";
  // registration
  /** The report number ({@code <agency>-report-<yyyyMMdd>-<nnnn>}); also the business key. */
  public static final String REPORT_NUMBER = "reportNumber";
  /** The report number again, under the name the case file and the written records look for. */
  public static final String CASE_NUMBER = "caseNumber";
  /** The responsible agency again, under the name the candidate groups and case access use. */
  public static final String CASE_AGENCY = "caseAgency";
  /** Date: the team must be on site by then ({@code rescue.deadlines.street-response-*}). */
  public static final String RESPOND_BY = "respondBy";
  /** Date: past it the escalation agency's supervisors are told ({@code street-response-escalation} later). */
  public static final String ESCALATE_AT = "escalateAt";
  /** The regional center above the responsible agency; for the center itself, the province above it. */
  public static final String ESCALATION_AGENCY = "escalationAgency";

  // ---- 派员出动 (form discovery-dispatch-team)
  public static final String RESPONSE_TEAM = "responseTeam";
  /** Boolean: the response is a joint patrol with partner departments (joint-handling). */
  public static final String JOINT_PATROL = "jointPatrol";
  /** Json list of {@link DepartmentKind} codes ticked on the form. */
  public static final String JOINT_DEPARTMENT_KINDS = "jointDepartmentKinds";
  /** List of department codes (e.g. donghu-police) for joint-handling; set by the system from the kinds. */
  public static final String JOINT_DEPARTMENTS = "jointDepartments";
  public static final String JOINT_TOPIC = "jointTopic";
  /** Out of joint-handling, one of {@link JointResult}; null when no joint patrol was held. */
  public static final String JOINT_RESULT = "jointResult";

  // ---- 现场处置 and 跟进巡查 (form discovery-on-site)
  public static final String ARRIVED_AT = "arrivedAt";
  /** One of {@link OnSiteOutcome}. */
  public static final String ON_SITE_OUTCOME = "onSiteOutcome";
  /** One of {@link Vulnerability}. */
  public static final String VULNERABILITY = "vulnerability";
  /** One of {@link TakenTo}: where the person was brought (accepted or protective help). */
  public static final String TAKEN_TO = "takenTo";
  /** Boolean: emergency care (120) was called. */
  public static final String EMERGENCY_CALLED = "emergencyCalled";
  /** Json list of {@link Supplies} codes. */
  public static final String SUPPLIES_GIVEN = "suppliesGiven";
  /** The supplies given, in Chinese, set by the system for the written record. */
  public static final String SUPPLIES_SUMMARY = "suppliesSummary";
  public static final String ON_SITE_NOTE = "onSiteNote";
  /** Integer: follow-up patrols made so far. */
  public static final String PATROLS_DONE = "patrolsDone";
  /** The answers of one on-site round: a follow-up patrol starts with them empty. */
  public static final List<String> ON_SITE_ANSWERS = List.of(ARRIVED_AT, ON_SITE_OUTCOME, VULNERABILITY, TAKEN_TO,
      EMERGENCY_CALLED, SUPPLIES_GIVEN, SUPPLIES_SUMMARY, ON_SITE_NOTE);

  // ---- out
  /** The case number of the rescue case the person was brought into, when they were. */
  public static final String RESCUE_CASE_NUMBER = "rescueCaseNumber";

  /** Codes of {@link #REPORT_CHANNEL} with their Chinese names (RULES §2). */
  public static final class Channel {
    public static final Map<String, String> ALL = ordered(
        "hotline", "救助热线", "police", "公安机关", "urban-management", "城管执法", "street-patrol", "街面巡查",
        "grid-worker", "网格员", "public", "群众报告", "volunteer", "志愿者", "rescue-point", "临时救助点",
        "guidance-point", "求助引导点");

    private Channel() {}
  }

  /** Codes of {@link #URGENCY}. */
  public static final class Urgency {
    public static final String CRITICAL = "critical";
    public static final String URGENT = "urgent";
    public static final String NORMAL = "normal";
    public static final Map<String, String> ALL = ordered(CRITICAL, "危急（生命危险、突发疾病）", URGENT, "紧急", NORMAL, "一般");

    private Urgency() {}
  }

  /** Codes of {@link #WEATHER_WARNING}. */
  public static final class WeatherWarning {
    public static final String NONE = "none";
    public static final Map<String, String> ALL = ordered(NONE, "无预警", "blue", "蓝色预警", "yellow", "黄色预警",
        "orange", "橙色预警", "red", "红色预警");

    private WeatherWarning() {}
  }

  /** Codes of {@link #RESPONSE_LEVEL}: 一级 (immediate), 二级 (priority), 三级 (routine). */
  public static final class ResponseLevel {
    public static final String IMMEDIATE = "immediate";
    public static final String PRIORITY = "priority";
    public static final String ROUTINE = "routine";
    public static final Set<String> ALL = Set.of(IMMEDIATE, PRIORITY, ROUTINE);

    private ResponseLevel() {}
  }

  /** Codes of {@link #JOINT_DEPARTMENT_KINDS}: department kinds of the organisation that patrol with the team. */
  public static final class DepartmentKind {
    public static final Map<String, String> ALL = ordered("police", "公安", "urban-management", "城管",
        "health", "卫健（医疗急救）");

    private DepartmentKind() {}
  }

  /** Codes of {@link #JOINT_RESULT}, as joint-handling gives them back. */
  public static final class JointResult {
    /** The team goes on with the on-site response. */
    public static final String CONTINUE = "continue";
    /** Brought to hospital: protective help, a rescue case is opened. */
    public static final String MEDICAL = "medical";
    /** The police took the person over. */
    public static final String POLICE = "police";
    /** Referred to another department or scheme. */
    public static final String REFERRAL = "referral";
    /** Went home (relatives came, or a ticket home) on the spot. */
    public static final String RETURN = "return";
    /** The person accepts help and is brought in: a rescue case is opened. */
    public static final String ADMIT = "admit";

    private JointResult() {}
  }

  /** Codes of {@link #ON_SITE_OUTCOME}. */
  public static final class OnSiteOutcome {
    public static final String ACCEPTED = "accepted";
    public static final String REFUSED = "refused";
    /** Brought in (or to hospital) without or against consent: minors, the critically ill, the mentally ill. */
    public static final String PROTECTIVE = "protective";
    public static final String NOT_FOUND = "not-found";
    public static final Set<String> ALL = Set.of(ACCEPTED, REFUSED, PROTECTIVE, NOT_FOUND);

    private OnSiteOutcome() {}
  }

  /** Codes of {@link #VULNERABILITY}: who gets protective help however they answer (RULES §2). */
  public static final class Vulnerability {
    public static final String NONE = "none";
    public static final String MINOR = "minor";
    public static final String CRITICALLY_ILL = "critically-ill";
    public static final String MENTALLY_ILL = "mentally-ill";
    public static final String SUDDEN_ILLNESS = "sudden-illness";
    public static final Set<String> ALL = Set.of(NONE, MINOR, CRITICALLY_ILL, MENTALLY_ILL, SUDDEN_ILLNESS);

    private Vulnerability() {}
  }

  /** Codes of {@link #TAKEN_TO}. */
  public static final class TakenTo {
    public static final String STATION = "station";
    public static final String HOSPITAL = "hospital";
    public static final Set<String> ALL = Set.of(STATION, HOSPITAL);

    private TakenTo() {}
  }

  /** Codes of {@link #SUPPLIES_GIVEN}. */
  public static final class Supplies {
    public static final Map<String, String> ALL = ordered("quilt", "棉被", "clothing", "衣物", "food", "食品",
        "water", "饮用水", "heatstroke-medicine", "防暑药品", "other", "其他物资");

    private Supplies() {}
  }

  /** Element ids the tests and the facade refer to. */
  public static final class Activities {
    public static final String DISPATCH_DECISION = "Task_DecideDispatch";
    public static final String REGISTER_REPORT = "Task_RegisterReport";
    public static final String RESPONSE = "SubProcess_Response";
    public static final String DISPATCH_TEAM = "Task_DispatchTeam";
    public static final String JOINT_HANDLING = "CallActivity_JointHandling";
    public static final String HANDLE_ON_SITE = "Task_HandleOnSite";
    public static final String RESPONSE_OVERDUE = "Timer_ResponseOverdue";
    public static final String SUPERVISE_RESPONSE = "Task_SuperviseResponse";
    public static final String RESPONSE_ESCALATED = "Timer_ResponseEscalated";
    public static final String ESCALATE_RESPONSE = "Task_EscalateResponse";
    public static final String PATROL_DUE = "Event_PatrolDue";
    public static final String FOLLOW_UP_PATROL = "Task_FollowUpPatrol";
    public static final String START_RESCUE_CASE = "Task_StartRescueCase";

    private Activities() {}
  }

  private static Map<String, String> ordered(String... codesAndNames) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < codesAndNames.length; i += 2) {
      map.put(codesAndNames[i], codesAndNames[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  private StreetDiscoveryVariables() {}
}
