package org.regionalrescue.process.escort;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.regionalrescue.organisation.Agency;
import org.regionalrescue.organisation.AgencyLevel;
import org.regionalrescue.organisation.Organisation;
import org.regionalrescue.process.escort.EscortVariables.DestinationProvince;
import org.regionalrescue.process.escort.EscortVariables.LegKind;
import org.regionalrescue.process.escort.EscortVariables.LegMode;
import org.springframework.stereotype.Component;

/**
 * The legs of an escort, computed from the organisation and the person's home (RULES §7, [LOCAL 广西]):
 *
 * <ul>
 *   <li>same county: the station escorts to the home township (street) office;
 *   <li>same prefecture: the home county fetches (one leg to the home county station);
 *   <li>other prefecture: the county escorts to its prefecture station (the regional center), which notifies the home
 *       prefecture, which fetches;
 *   <li>other province: county → prefecture station → the designated cross-province station → the other province,
 *       notified by the provincial civil-affairs office.
 * </ul>
 *
 * A leg to a receiver outside the organisation (another province, a prefecture the organisation does not hold) is
 * worked on our side by its sending agency, which records that receiver's answer and signature. Bad destinations are
 * refused with a Chinese message.
 */
@Component
public class EscortRoutes {

  private final Organisation organisation;
  private final EscortProperties properties;

  public EscortRoutes(Organisation organisation, EscortProperties properties) {
    this.organisation = organisation;
    this.properties = properties;
  }

  /** The legs from the case's agency to the destination, numbered from 1. */
  public List<EscortLeg> legsFor(String caseNumber, String caseAgency, EscortDestination destination) {
    Agency origin = organisation.find(caseAgency)
        .orElseThrow(() -> new BadUserRequestException("未知的机构代码：" + caseAgency + "。"));
    Agency center = regionalCenterOf(origin);
    Chain chain = new Chain(caseNumber);
    if (DestinationProvince.OTHER_PROVINCE.equals(destination.province())) {
      if (destination.hasAgency()) {
        throw new BadUserRequestException("外省的户籍地不在本系统的机构中：请不要填写机构代码，只填写目的地名称。");
      }
      Agency province = provinceOf(origin);
      Agency station = crossProvinceStation(center);
      chain.hop(origin, center, LegKind.TO_REGIONAL_CENTER, LegMode.ESCORT);
      chain.hop(center, station, LegKind.TO_CROSS_PROVINCE_STATION, LegMode.ESCORT);
      chain.external(station, destination.name(), LegKind.TO_OTHER_PROVINCE, LegMode.ESCORT, province);
      return chain.legs();
    }
    if (!DestinationProvince.IN_PROVINCE.equals(destination.province())) {
      throw new BadUserRequestException("请选择户籍地在省内还是外省。");
    }
    if (!destination.hasAgency()) {
      // a prefecture the organisation does not hold: our prefecture station notifies it, it fetches
      chain.hop(origin, center, LegKind.TO_REGIONAL_CENTER, LegMode.ESCORT);
      chain.external(center, destination.name(), LegKind.TO_HOME_PREFECTURE, LegMode.FETCH, null);
      return chain.legs();
    }
    Agency home = homeAgency(destination.agencyCode());
    if (!Objects.equals(provinceOf(home).code(), provinceOf(origin).code())) {
      throw new BadUserRequestException("户籍地" + home.name() + "在外省：请选择“外省”。");
    }
    Agency homeCenter = regionalCenterOf(home);
    if (!homeCenter.code().equals(center.code())) {
      chain.hop(origin, center, LegKind.TO_REGIONAL_CENTER, LegMode.ESCORT);
      chain.hop(center, homeCenter, LegKind.TO_HOME_PREFECTURE, LegMode.FETCH);
      return chain.legs();
    }
    Agency homeStation = nearest(home, AgencyLevel.COUNTY).orElse(homeCenter);
    if (!homeStation.code().equals(origin.code())) {
      chain.hop(origin, homeStation, LegKind.TO_HOME_COUNTY, LegMode.FETCH);
      return chain.legs();
    }
    Agency township = nearest(home, AgencyLevel.TOWNSHIP).orElseThrow(() -> new BadUserRequestException(
        "户籍地就在本站所在的县（区）：请填写户籍地乡镇（街道）或村（社区）的机构代码。"));
    chain.hop(origin, township, LegKind.TO_HOME_TOWNSHIP, LegMode.ESCORT);
    return chain.legs();
  }

  /** The regional center of the case's agency: it approves cross-province escorts and coordinates refusals. */
  public String approvingAgency(String caseAgency) {
    Agency origin = organisation.find(caseAgency)
        .orElseThrow(() -> new BadUserRequestException("未知的机构代码：" + caseAgency + "。"));
    return regionalCenterOf(origin).code();
  }

  /** The chain in words: 青山县救助管理站 → 东湖市救助管理站（区域性中心） → 西岭省… */
  public static String summary(List<EscortLeg> legs) {
    if (legs.isEmpty()) {
      return "";
    }
    return legs.get(0).sendingName() + legs.stream()
        .map(leg -> " → " + leg.receiverName() + (LegMode.FETCH.equals(leg.legMode()) ? "（接领）" : ""))
        .collect(Collectors.joining());
  }

  private Agency homeAgency(String code) {
    Agency home = organisation.find(code.strip()).orElseThrow(() -> new BadUserRequestException(
        "本系统没有代码为 " + code.strip() + " 的机构：户籍地不在本系统的，请不要填写机构代码，只填写目的地名称。"));
    if (home.isDepartment() || home.level() == AgencyLevel.PROVINCE) {
      throw new BadUserRequestException("目的地应是户籍地的救助管理站、乡镇（街道）或村（社区），不能是" + home.name() + "。");
    }
    return home;
  }

  private Agency regionalCenterOf(Agency agency) {
    return organisation.regionalCenterOf(agency.code()).orElseThrow(() -> new BadUserRequestException(
        agency.name() + "不属于任何区域性中心，无法按护送链条安排护送。"));
  }

  private Agency provinceOf(Agency agency) {
    return nearest(agency, AgencyLevel.PROVINCE).orElseThrow(() -> new BadUserRequestException(
        agency.name() + "不属于任何省级民政部门，无法安排跨省护送。"));
  }

  private Agency crossProvinceStation(Agency center) {
    if (!properties.hasCrossProvinceStation()) {
      return center;
    }
    return organisation.find(properties.crossProvinceStation()).orElseThrow(() -> new IllegalStateException(
        "rescue.escort.cross-province-station names no agency of the organisation: "
            + properties.crossProvinceStation()));
  }

  private Optional<Agency> nearest(Agency agency, AgencyLevel level) {
    return organisation.chainUpFrom(agency.code()).stream().filter(a -> a.level() == level).findFirst();
  }

  /** Builds the numbered legs; a hop from an agency to itself is no leg. */
  private static final class Chain {
    private final String caseNumber;
    private final List<EscortLeg> legs = new ArrayList<>();

    Chain(String caseNumber) {
      this.caseNumber = caseNumber;
    }

    void hop(Agency from, Agency to, String kind, String mode) {
      if (from.code().equals(to.code())) {
        return;
      }
      int number = legs.size() + 1;
      legs.add(new EscortLeg(number, EscortLeg.legId(caseNumber, number), kind, mode, from.code(), from.name(),
          to.code(), to.name(), false, "", ""));
    }

    void external(Agency from, String receiverName, String kind, String mode, Agency notifiedVia) {
      if (receiverName == null || receiverName.isBlank()) {
        throw new BadUserRequestException("请填写目的地（户籍地救助管理机构或民政部门）的名称。");
      }
      int number = legs.size() + 1;
      legs.add(new EscortLeg(number, EscortLeg.legId(caseNumber, number), kind, mode, from.code(), from.name(),
          from.code(), receiverName.strip(), true, notifiedVia == null ? "" : notifiedVia.code(),
          notifiedVia == null ? "" : notifiedVia.name()));
    }

    List<EscortLeg> legs() {
      return List.copyOf(legs);
    }
  }
}
