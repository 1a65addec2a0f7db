package org.regionalrescue.process.escort;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the escort chain ({@code rescue.escort}).
 *
 * @param crossProvinceStation code of the province's designated cross-province station (跨省接送站, RULES §7); when
 *     empty, the regional center of the sending county serves as that station
 */
@ConfigurationProperties(prefix = "rescue.escort")
public record EscortProperties(String crossProvinceStation) {

  public boolean hasCrossProvinceStation() {
    return crossProvinceStation != null && !crossProvinceStation.isBlank();
  }
}
