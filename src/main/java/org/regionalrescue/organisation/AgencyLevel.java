package org.regionalrescue.organisation;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where an agency stands in the rescue network (RULES §1). */
public enum AgencyLevel {
  @JsonProperty("province") PROVINCE("省级民政部门"),
  @JsonProperty("regional-center") REGIONAL_CENTER("区域性中心"),
  @JsonProperty("county") COUNTY("县级救助管理站"),
  @JsonProperty("township") TOWNSHIP("乡镇（街道）"),
  @JsonProperty("village") VILLAGE("村（社区）"),
  @JsonProperty("department") DEPARTMENT("协同部门");

  private final String label;

  AgencyLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
