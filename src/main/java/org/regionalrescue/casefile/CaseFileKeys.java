package org.regionalrescue.casefile;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The encryption keys of the case file ({@code rescue.casefile}): {@code keys} maps a key id to its secret,
 * {@code active-key} names the one that encrypts new data. See README "Keys and rotation".
 */
@ConfigurationProperties(prefix = "rescue.casefile")
public record CaseFileKeys(Map<String, String> keys, String activeKey) {}
