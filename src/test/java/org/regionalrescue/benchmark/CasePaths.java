package org.regionalrescue.benchmark;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.regionalrescue.support.DemoUsers;
import org.regionalrescue.support.FictionalPeople;

/**
 * The two ways through a whole {@code rescue-case} that the benchmark drives, step by step as a caseworker works them
 * in Tasklist (the same steps and form values as {@code WholeCaseIT} and {@code CrossProvinceEscortIT}).
 */
final class CasePaths {

  /** Who completes a step: the county caseworker who opened the case, or the regional center's staff. */
  enum Actor {
    COUNTY, CENTER, CENTER_SUPERVISOR;

    String user(String countyCaseworker) {
      return switch (this) {
        case COUNTY -> countyCaseworker;
        case CENTER -> DemoUsers.CENTER_CASEWORKER;
        case CENTER_SUPERVISOR -> DemoUsers.CENTER_SUPERVISOR;
      };
    }
  }

  record Step(Actor actor, String taskName, Map<String, Object> variables) {}

  /** A way through a case; {@code steps(n)} gives the n-th case its own fictional person. */
  record CasePath(String id, String description, IntFunction<List<Step>> stepsOfCase) {
    /** Every case starts as a walk-in. */
    Map<String, Object> startVariables() {
      return Map.of("arrivalChannel", "walk-in");
    }

    List<Step> steps(int caseIndex) {
      return stepsOfCase.apply(caseIndex);
    }
  }

  /** The county caseworkers who open cases, one per simulated caseworker in turn. */
  static final List<String> COUNTY_CASEWORKERS =
      List.of(DemoUsers.QINGSHAN_CASEWORKER, DemoUsers.LINJIANG_CASEWORKER, DemoUsers.BAISHA_CASEWORKER);

  private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1950, 1, 1);

  /** Intake, screening, admitted, traced, family found, self-return with a ticket, departure. */
  static final CasePath COMMON = new CasePath("common",
      "接待登记 → 安检与检视 → 甄别评估 → 比对指纹人脸 → 核实身份 → 站内照料 (返回) → 选择返回方式 (自行返回)"
        + " → 购买车票 → 离站登记",
      caseIndex -> List.of(
        registration(caseIndex, 40, "务工返乡途中钱物被盗。"),
        securityCheck(),
        screening(),
        biometrics(caseIndex),
        identity("演示省演示县"),
        new Step(Actor.COUNTY, "站内照料", Map.of("careDecision", "return-home")),
        new Step(Actor.COUNTY, "选择返回方式", Map.of("returnMode", "self-return")),
        new Step(Actor.COUNTY, "购买车票", Map.of("ticketDestination", "演示县汽车站", "travelMode", "bus",
            "ticketNumber", "DEMO-" + caseIndex, "departureTime", "2026-11-29T08:00:00.000+0800",
            "directLine", true)),
        new Step(Actor.COUNTY, "离站登记", Map.of("servicesProvided", "食宿、寻亲、购票返乡",
            "belongingsReturned", true))));

  /**
   * The county asks the regional center to take the case over for a cross-province escort (提级办理); the center
   * accepts, decides the return, plans the escort, its supervisor approves it, and the center, as the province's
   * cross-province station, records the other province's acceptance and the handover; then the departure.
   */
  static final CasePath ESCALATION_ESCORT = new CasePath("escalation-escort",
      "接待登记 → 安检与检视 → 甄别评估 → 比对指纹人脸 → 核实身份 → 站内照料 (提级) → 提级申请审核 (中心)"
        + " → 站内照料 (中心, 返回) → 选择返回方式 (护送) → 制定护送方案 (跨省) → 审批跨省护送 (中心主管)"
        + " → 决定是否接收 → 执行本段护送 → 接收人员并签署交接表 → 离站登记",
      caseIndex -> List.of(
        registration(caseIndex, 67, "外出务工滞留，无力返乡。"),
        securityCheck(),
        screening(),
        biometrics(caseIndex),
        identity("西岭省西岭市"),
        new Step(Actor.COUNTY, "站内照料", Map.of("careDecision", "escalate",
            "escalationReason", "cross-province-escort", "escalationNote", "需经区域性中心跨省护送。")),
        new Step(Actor.CENTER, "提级申请审核", Map.of("escalationDecision", "accepted",
            "escalationReviewNote", "同意，由中心办理跨省护送。")),
        new Step(Actor.CENTER, "站内照料", Map.of("careDecision", "return-home")),
        new Step(Actor.CENTER, "选择返回方式", Map.of("returnMode", "escort")),
        new Step(Actor.CENTER, "制定护送方案", Map.of("destinationProvince", "other-province",
            "destinationName", "西岭省西岭市救助管理站", "routeDescription", "乘火车至西岭市。",
            "escortStaffCount", 2, "escortStaffRoles", "工作人员2名", "escortTransport", "train",
            "plannedDeparture", "2026-12-01T08:00:00.000+0800")),
        new Step(Actor.CENTER_SUPERVISOR, "审批跨省护送", Map.of("approvalDecision", "approved",
            "approvalNote", "同意跨省护送。")),
        new Step(Actor.CENTER, "决定是否接收", Map.of("receptionDecision", "accepted",
            "notificationReference", "江南民函〔2026〕" + caseIndex + "号")),
        new Step(Actor.CENTER, "执行本段护送", Map.of("legProgress", "handed-over")),
        new Step(Actor.CENTER, "接收人员并签署交接表", Map.of("arrivedAt", "2026-12-02T09:30:00.000+0800",
            "receivedBy", "西岭市救助管理站值班人员", "conditionOnArrival", "good", "belongingsHandedOver", true,
            "handoverSigned", true)),
        new Step(Actor.CENTER, "离站登记", Map.of("servicesProvided", "食宿、寻亲、跨省护送返乡",
            "belongingsReturned", true))));

  private CasePaths() {}

  /**
   * The same steps for the bare engine: the personal fields ({@code person_*}), which the application moves into the
   * encrypted case file, go into plain process variables ({@code bare_*}) instead, so the bare engine stores as much.
   */
  static CasePath bare(CasePath path) {
    return new CasePath(path.id(), path.description(), caseIndex -> path.steps(caseIndex).stream().map(step -> {
      Map<String, Object> variables = new java.util.LinkedHashMap<>();
      step.variables().forEach((name, value) -> variables.put(name.replaceFirst("^person_", "bare_"), value));
      return new Step(step.actor(), step.taskName(), variables);
    }).toList());
  }

  /** A distinct fictional person per case, so that no case counts as a readmission of an earlier one. */
  static String idNumber(int caseIndex) {
    String birthDate = FIRST_BIRTH_DATE.plusDays(caseIndex / 1000 % 20_000).format(DateTimeFormatter.BASIC_ISO_DATE);
    return FictionalPeople.idNumber(birthDate, caseIndex % 1000);
  }

  private static Step registration(int caseIndex, int age, String hardship) {
    return new Step(Actor.COUNTY, "接待登记", Map.of("sex", "male", "age", age, "consentToHelp", true,
        "person_name", FictionalPeople.NAME, "person_idNumber", idNumber(caseIndex), "person_hardship", hardship));
  }

  private static Step securityCheck() {
    return new Step(Actor.COUNTY, "安检与检视",
        Map.of("securityCheckDone", true, "healthFinding", "none", "behaviourFinding", "none"));
  }

  private static Step screening() {
    return new Step(Actor.COUNTY, "甄别评估", Map.of("cannotPayFoodLodging", "yes", "noRelativesToTurnTo", "yes",
        "noMinimumLivingSupport", "yes", "homelessOrBegging", "yes", "refusesTruthfulInformation", false,
        "domesticViolence", false, "otherSchemeNeed", "none"));
  }

  private static Step biometrics(int caseIndex) {
    return new Step(Actor.COUNTY, "比对指纹人脸", Map.of("biometricQueryDate", "2026-11-28T10:00:00.000+0800",
        "biometricQueryReference", "QX-BENCH-" + caseIndex,
        "biometricComparisons", Map.of("value", "[\"fingerprint\",\"face\"]", "type", "Json"),
        "biometricMatch", "matched", "suspectedMissing", "no"));
  }

  private static Step identity(String householdPlace) {
    return new Step(Actor.COUNTY, "核实身份", Map.of("identityVerification", "family", "identityConfirmed", "yes",
        "person_name", FictionalPeople.NAME, "person_householdPlace", householdPlace));
  }
}
