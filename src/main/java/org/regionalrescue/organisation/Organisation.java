package org.regionalrescue.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rescue network this installation serves: agencies by code, the groups beyond them, and the users. */
public final class Organisation {

  private final String name;
  private final Map<String, Agency> agencies;
  private final List<SystemGroup> systemGroups;
  private final List<OrganisationUser> users;

  public Organisation(String name, Collection<Agency> agencies, List<SystemGroup> systemGroups,
      List<OrganisationUser> users) {
    this.name = name;
    Map<String, Agency> byCode = new LinkedHashMap<>();
    for (Agency agency : agencies) {
      if (byCode.put(agency.code(), agency) != null) {
        throw new IllegalArgumentException("机构代码重复: " + agency.code());
      }
    }
    this.agencies = Collections.unmodifiableMap(byCode);
    this.systemGroups = List.copyOf(systemGroups);
    this.users = List.copyOf(users);
  }

  public static Organisation empty() {
    return new Organisation("", List.of(), List.of(), List.of());
  }

  public String name() {
    return name;
  }

  public Collection<Agency> agencies() {
    return agencies.values();
  }

  public List<SystemGroup> systemGroups() {
    return systemGroups;
  }

  public List<OrganisationUser> users() {
    return users;
  }

  public Optional<Agency> find(String code) {
    return Optional.ofNullable(code).map(agencies::get);
  }

  public Agency require(String code) {
    return find(code).orElseThrow(() -> new UnknownAgencyException(code));
  }

  /** The agency and those above it, nearest first. */
  public List<Agency> chainUpFrom(String code) {
    List<Agency> chain = new ArrayList<>();
    for (Agency at = require(code); at != null; at = at.parentCode() == null ? null : require(at.parentCode())) {
      chain.add(at);
    }
    return chain;
  }

  /** The regional center an agency belongs to (itself, when it is one), if any. */
  public Optional<Agency> regionalCenterOf(String code) {
    return chainUpFrom(code).stream().filter(a -> a.level() == AgencyLevel.REGIONAL_CENTER).findFirst();
  }

  /** The regional center above an agency, to which it can hand a case up (提级); none for a center itself. */
  public Optional<Agency> regionalCenterAbove(String code) {
    return regionalCenterOf(code).filter(center -> !center.code().equals(code));
  }
}
