package org.regionalrescue.process.jointhandling;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.spin.Spin;
import org.camunda.spin.SpinRuntimeException;
import org.camunda.spin.json.SpinJsonNode;
import org.regionalrescue.organisation.Agency;
import org.regionalrescue.organisation.Organisation;
import org.springframework.stereotype.Component;

/**
 * Reads {@code jointDepartments} in the three shapes callers send it — a Java list of codes, a JSON array (what a
 * Tasklist checklist submits) or a comma-separated text — and checks every code: a partner department of the
 * organisation that serves the handling agency's area. Anything else is refused with a Chinese message (REST 400)
 * before the joint handling starts.
 */
@Component
public class PartnerDepartments {

  private static final String SHAPE = "协同会办部门（jointDepartments）须为部门代码的列表、JSON数组或以逗号分隔的文字，"
      + "例如 donghu-police,donghu-health。";

  /**
   * Offices of the civil-affairs line kept under {@code departments:} of the organisation file (the pilot's bureau, the
   * ministry's office): departments in the file, but not partners a case is handled with.
   */
  static final Set<String> CIVIL_AFFAIRS_KINDS = Set.of("civil-affairs", "ministry");

  private final Organisation organisation;

  public PartnerDepartments(Organisation organisation) {
    this.organisation = organisation;
  }

  /** The handling agency, which must be part of the organisation and not itself a partner department. */
  public Agency handlingAgency(Object code) {
    String handling = code == null ? "" : code.toString().strip();
    Agency agency = organisation.find(handling).orElseThrow(() ->
        new BadUserRequestException("发起协同会办的机构（caseAgency）“" + handling + "”不在本区域的组织架构中。"));
    if (agency.isDepartment()) {
      throw new BadUserRequestException("协同会办由救助管理机构发起，“" + agency.name() + "”是协同部门。");
    }
    return agency;
  }

  /** The partner departments serving the handling agency's area, in the order of the organisation file. */
  public List<Agency> serving(Agency handling) {
    List<String> servedArea = organisation.chainUpFrom(handling.code()).stream().map(Agency::code).toList();
    return organisation.agencies().stream()
        .filter(agency -> isPartner(agency) && servedArea.contains(agency.parentCode())).toList();
  }

  /** The departments named by {@code value}, checked, without duplicates, in the order given. */
  public List<Agency> require(Agency handling, Object value) {
    Set<String> codes = new LinkedHashSet<>(codesOf(value));
    if (codes.isEmpty()) {
      throw new BadUserRequestException("请至少选择一个参加协同会办的部门（jointDepartments）。");
    }
    List<String> servedArea = organisation.chainUpFrom(handling.code()).stream().map(Agency::code).toList();
    List<Agency> departments = new ArrayList<>();
    for (String code : codes) {
      Agency department = organisation.find(code).orElseThrow(() ->
          new BadUserRequestException("协同会办部门“" + code + "”不在本区域的组织架构中。"));
      if (!isPartner(department)) {
        throw new BadUserRequestException("“" + department.name() + "”不是协同部门：协同会办只能邀请公安、卫健、人社、城管、"
            + "妇联、教育等部门。");
      }
      if (!servedArea.contains(department.parentCode())) {
        throw new BadUserRequestException("“" + department.name() + "”不服务于“" + handling.name() + "”所在区域，"
            + "不能参加其协同会办。");
      }
      departments.add(department);
    }
    return departments;
  }

  /** The codes as given, stripped, blanks left out; refuses a value of another shape. */
  static List<String> codesOf(Object value) {
    List<String> codes = new ArrayList<>();
    if (value == null) {
      return codes;
    }
    if (value instanceof Collection<?> list) {
      for (Object element : list) {
        if (!(element instanceof String code)) {
          throw new BadUserRequestException(SHAPE);
        }
        add(codes, code);
      }
    } else if (value instanceof SpinJsonNode json) {
      fromJson(json, codes);
    } else if (value instanceof String text) {
      String stripped = text.strip();
      if (stripped.startsWith("[")) {
        try {
          fromJson(Spin.JSON(stripped), codes);
        } catch (SpinRuntimeException e) {
          throw new BadUserRequestException(SHAPE);
        }
      } else {
        for (String code : stripped.split("[,，、;；\\s]+")) {
          add(codes, code);
        }
      }
    } else {
      throw new BadUserRequestException(SHAPE);
    }
    return codes;
  }

  private static void fromJson(SpinJsonNode json, List<String> codes) {
    if (json.isString()) {
      codesOf(json.stringValue()).forEach(code -> add(codes, code));
      return;
    }
    if (!json.isArray()) {
      throw new BadUserRequestException(SHAPE);
    }
    for (SpinJsonNode element : json.elements()) {
      if (!element.isString()) {
        throw new BadUserRequestException(SHAPE);
      }
      add(codes, element.stringValue());
    }
  }

  private static void add(List<String> codes, String code) {
    if (code != null && !code.isBlank()) {
      codes.add(code.strip());
    }
  }

  private static boolean isPartner(Agency agency) {
    return agency.isDepartment() && !CIVIL_AFFAIRS_KINDS.contains(agency.kind());
  }
}
