package org.regionalrescue.process.escort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;
import org.regionalrescue.organisation.Agency;
import org.regionalrescue.organisation.AgencyLevel;
import org.regionalrescue.organisation.Organisation;
import org.regionalrescue.organisation.OrganisationLoader;
import org.regionalrescue.process.escort.EscortVariables.DestinationProvince;
import org.regionalrescue.process.escort.EscortVariables.LegKind;
import org.regionalrescue.process.escort.EscortVariables.LegMode;
import org.springframework.core.io.ClassPathResource;

/** The chains of RULES §7 computed from the organisation: the demo region and a region of two prefectures. */
class EscortRoutesTest {

  private static final String CASE = "qingshan-20261012-0001";
  private static final Organisation DEMO =
      OrganisationLoader.load(new ClassPathResource("organisation/demo-organisation.yml"));
  private final EscortRoutes demo = new EscortRoutes(DEMO, new EscortProperties(null));

  /** Two prefectures (东湖, 西山) of 江南省; 西山 is the designated cross-province station when configured. */
  private static final Organisation TWO_PREFECTURES = new Organisation("两市", List.of(
      new Agency("jiangnan-province", "江南省民政厅", AgencyLevel.PROVINCE, null, null),
      new Agency("donghu-center", "东湖市救助管理站", AgencyLevel.REGIONAL_CENTER, "jiangnan-province", null),
      new Agency("qingshan", "青山县救助管理站", AgencyLevel.COUNTY, "donghu-center", null),
      new Agency("xishan-center", "西山市救助管理站", AgencyLevel.REGIONAL_CENTER, "jiangnan-province", null),
      new Agency("yunling", "云岭县救助管理站", AgencyLevel.COUNTY, "xishan-center", null),
      new Agency("yunling-town", "云岭县云岭镇", AgencyLevel.TOWNSHIP, "yunling", null)), List.of(), List.of());

  @Test
  void samePrefectureTheHomeCountyFetchesInOneLeg() {
    List<EscortLeg> legs = demo.legsFor(CASE, "qingshan", inProvince("linjiang-liuwan-village", "临江县救助管理站"));

    assertThat(legs).extracting(EscortLeg::legNumber, EscortLeg::legId, EscortLeg::legKind, EscortLeg::legMode,
            EscortLeg::sendingAgency, EscortLeg::receivingAgency, EscortLeg::receiverName, EscortLeg::receiverExternal)
        .containsExactly(tuple(1, CASE + "-L1", LegKind.TO_HOME_COUNTY, LegMode.FETCH, "qingshan", "linjiang",
            "临江县救助管理站", false));
    assertThat(EscortRoutes.summary(legs)).isEqualTo("青山县救助管理站 → 临江县救助管理站（接领）");
  }

  @Test
  void aCaseAtTheCenterGoesToTheHomeCountyWhichFetches() {
    assertThat(demo.legsFor(CASE, "donghu-center", inProvince("baisha", "白沙区救助管理站")))
        .extracting(EscortLeg::sendingAgency, EscortLeg::receivingAgency, EscortLeg::legMode)
        .containsExactly(tuple("donghu-center", "baisha", LegMode.FETCH));
  }

  @Test
  void sameCountyTheStationEscortsToTheHomeTownship() {
    assertThat(demo.legsFor(CASE, "qingshan", inProvince("qingshan-shiqiao-community", "石桥镇")))
        .extracting(EscortLeg::legKind, EscortLeg::legMode, EscortLeg::receivingAgency, EscortLeg::receiverName)
        .containsExactly(tuple(LegKind.TO_HOME_TOWNSHIP, LegMode.ESCORT, "qingshan-shiqiao", "青山县石桥镇"));
    assertThatThrownBy(() -> demo.legsFor(CASE, "qingshan", inProvince("qingshan", "青山县")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("乡镇（街道）");
  }

  @Test
  void otherProvinceGoesThroughThePrefectureStationToTheOtherProvinceNotifiedByTheProvincialOffice() {
    List<EscortLeg> legs = demo.legsFor(CASE, "qingshan", otherProvince("西岭省西岭市救助管理站"));

    // in the demo region the regional center is the province's cross-province station: two legs
    assertThat(legs).extracting(EscortLeg::legKind, EscortLeg::legMode, EscortLeg::sendingAgency,
            EscortLeg::receivingAgency, EscortLeg::receiverName, EscortLeg::receiverExternal, EscortLeg::notifiedVia,
            EscortLeg::notifiedViaName)
        .containsExactly(
            tuple(LegKind.TO_REGIONAL_CENTER, LegMode.ESCORT, "qingshan", "donghu-center", "东湖市救助管理站（区域性中心）",
                false, "", ""),
            tuple(LegKind.TO_OTHER_PROVINCE, LegMode.ESCORT, "donghu-center", "donghu-center", "西岭省西岭市救助管理站",
                true, "jiangnan-province", "江南省民政厅"));
    assertThat(legs).extracting(EscortLeg::legId).containsExactly(CASE + "-L1", CASE + "-L2");
    assertThat(demo.approvingAgency("qingshan")).isEqualTo("donghu-center");
  }

  @Test
  void aDesignatedCrossProvinceStationElsewhereAddsALeg() {
    EscortRoutes routes = new EscortRoutes(TWO_PREFECTURES, new EscortProperties("xishan-center"));

    assertThat(routes.legsFor(CASE, "qingshan", otherProvince("西岭省救助管理站")))
        .extracting(EscortLeg::legKind, EscortLeg::sendingAgency, EscortLeg::receivingAgency)
        .containsExactly(
            tuple(LegKind.TO_REGIONAL_CENTER, "qingshan", "donghu-center"),
            tuple(LegKind.TO_CROSS_PROVINCE_STATION, "donghu-center", "xishan-center"),
            tuple(LegKind.TO_OTHER_PROVINCE, "xishan-center", "xishan-center"));
  }

  @Test
  void otherPrefectureTheCountyEscortsToItsPrefectureStationAndTheHomePrefectureFetches() {
    EscortRoutes routes = new EscortRoutes(TWO_PREFECTURES, new EscortProperties(null));

    assertThat(routes.legsFor(CASE, "qingshan", inProvince("yunling-town", "云岭县云岭镇")))
        .extracting(EscortLeg::legKind, EscortLeg::legMode, EscortLeg::sendingAgency, EscortLeg::receivingAgency)
        .containsExactly(
            tuple(LegKind.TO_REGIONAL_CENTER, LegMode.ESCORT, "qingshan", "donghu-center"),
            tuple(LegKind.TO_HOME_PREFECTURE, LegMode.FETCH, "donghu-center", "xishan-center"));
  }

  @Test
  void aPrefectureOutsideTheOrganisationIsNotifiedByThePrefectureStationAndFetches() {
    assertThat(demo.legsFor(CASE, "linjiang", inProvince(" ", "江南省北岭市救助管理站")))
        .extracting(EscortLeg::legKind, EscortLeg::legMode, EscortLeg::receivingAgency, EscortLeg::receiverName,
            EscortLeg::receiverExternal)
        .containsExactly(
            tuple(LegKind.TO_REGIONAL_CENTER, LegMode.ESCORT, "donghu-center", "东湖市救助管理站（区域性中心）", false),
            tuple(LegKind.TO_HOME_PREFECTURE, LegMode.FETCH, "donghu-center", "江南省北岭市救助管理站", true));
  }

  @Test
  void badDestinationsAreRefusedWithAReason() {
    assertThatThrownBy(() -> demo.legsFor(CASE, "qingshan", inProvince("atlantis", "亚特兰蒂斯")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("atlantis");
    assertThatThrownBy(() -> demo.legsFor(CASE, "qingshan", inProvince("jiangnan-province", "江南省民政厅")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("不能是江南省民政厅");
    assertThatThrownBy(() -> demo.legsFor(CASE, "qingshan", inProvince("donghu-police", "东湖市公安局")))
        .isInstanceOf(BadUserRequestException.class);
    assertThatThrownBy(() -> demo.legsFor(CASE, "qingshan",
        new EscortDestination(DestinationProvince.OTHER_PROVINCE, "linjiang", "临江县")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("外省");
    assertThatThrownBy(() -> demo.legsFor(CASE, "qingshan", otherProvince(" ")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("目的地");
    assertThatThrownBy(() -> demo.legsFor(CASE, "qingshan", new EscortDestination("abroad", null, "某地")))
        .isInstanceOf(BadUserRequestException.class);
    assertThatThrownBy(() -> demo.legsFor(CASE, "atlantis", otherProvince("某地")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("未知的机构代码");
  }

  private static EscortDestination inProvince(String agency, String name) {
    return new EscortDestination(DestinationProvince.IN_PROVINCE, agency, name);
  }

  private static EscortDestination otherProvince(String name) {
    return new EscortDestination(DestinationProvince.OTHER_PROVINCE, null, name);
  }
}
