package org.regionalrescue.casefile;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed hash (HMAC-SHA256) of an ID number: finds the cases of one person without keeping the number where it can
 * be searched in clear. The key comes from {@code rescue.casefile.lookup-key}.
 */
public final class IdNumberLookupKey {

  private final SecretKeySpec key;

  public IdNumberLookupKey(String secret) {
    if (secret == null || secret.length() < 16) {
      throw new IllegalArgumentException("rescue.casefile.lookup-key must have at least 16 characters");
    }
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  public String hash(ResidentIdNumber idNumber) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(idNumber.value().getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }
}
