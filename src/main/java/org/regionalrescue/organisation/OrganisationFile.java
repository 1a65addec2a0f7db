package org.regionalrescue.organisation;

import java.util.List;

/** The shape of an organisation YAML file: the agency tree, partner departments, extra groups and users. */
record OrganisationFile(
    String name,
    List<AgencyNode> agencies,
    List<DepartmentEntry> departments,
    List<SystemGroup> groups,
    List<OrganisationUser> users) {

  record AgencyNode(String code, String name, AgencyLevel level, List<AgencyNode> children) {}

  record DepartmentEntry(String code, String name, String kind, String serves) {}

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
