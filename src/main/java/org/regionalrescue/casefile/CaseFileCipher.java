package org.regionalrescue.casefile;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Authenticated encryption (AES-256-GCM) of a case file's personal data. Several keys can be known at once, each
 * with an id; new data is encrypted with the active key, and the id written in front of each value tells which key
 * opens it, so keys can be rotated without downtime. The case number is bound to the ciphertext as associated data:
 * a value copied into another case does not decrypt.
 */
public final class CaseFileCipher {

  private static final String FORMAT = "v1";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, SecretKey> keys;
  private final String activeKeyId;

  /**
   * @param secrets key id → secret (at least 32 characters, e.g. {@code openssl rand -base64 32}); the AES key is
   *     the SHA-256 of the secret
   * @param activeKeyId the key that encrypts new data
   */
  public CaseFileCipher(Map<String, String> secrets, String activeKeyId) {
    if (secrets == null || !secrets.containsKey(activeKeyId)) {
      throw new IllegalArgumentException("rescue.casefile.active-key names no key of rescue.casefile.keys");
    }
    Map<String, SecretKey> derived = new LinkedHashMap<>();
    secrets.forEach((id, secret) -> {
      if (id.contains(":") || secret == null || secret.length() < 32) {
        throw new IllegalArgumentException("case file key " + id + ": the id must not contain ':' and the secret "
            + "must have at least 32 characters");
      }
      derived.put(id, new SecretKeySpec(sha256(secret), "AES"));
    });
    this.keys = Map.copyOf(derived);
    this.activeKeyId = activeKeyId;
  }

  public String activeKeyId() {
    return activeKeyId;
  }

  public String encrypt(String plaintext, String caseNumber) {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    byte[] sealed = run(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), iv, caseNumber,
        plaintext.getBytes(StandardCharsets.UTF_8));
    byte[] ivAndSealed = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
    return FORMAT + ":" + activeKeyId + ":" + Base64.getEncoder().encodeToString(ivAndSealed);
  }

  public String decrypt(String stored, String caseNumber) {
    String[] parts = stored.split(":", 3);
    if (parts.length != 3 || !FORMAT.equals(parts[0])) {
      throw new IllegalStateException("case file " + caseNumber + ": value is not in the encrypted format");
    }
    SecretKey key = keys.get(parts[1]);
    if (key == null) {
      throw new IllegalStateException("case file " + caseNumber + ": encrypted with key " + parts[1]
          + ", which is no longer configured (rescue.casefile.keys)");
    }
    byte[] ivAndSealed = Base64.getDecoder().decode(parts[2]);
    byte[] iv = java.util.Arrays.copyOf(ivAndSealed, IV_BYTES);
    byte[] sealed = java.util.Arrays.copyOfRange(ivAndSealed, IV_BYTES, ivAndSealed.length);
    return new String(run(Cipher.DECRYPT_MODE, key, iv, caseNumber, sealed), StandardCharsets.UTF_8);
  }

  /** The id of the key a stored value was encrypted with. */
  public static String keyIdOf(String stored) {
    String[] parts = stored.split(":", 3);
    return parts.length == 3 ? parts[1] : null;
  }

  private static byte[] run(int mode, SecretKey key, byte[] iv, String caseNumber, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(caseNumber.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("case file " + caseNumber + ": encryption or authentication failed", e);
    }
  }

  private static byte[] sha256(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
