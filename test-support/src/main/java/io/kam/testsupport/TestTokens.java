package io.kam.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * Signed JWTs for tests, with the claims every KAM service reads: {@code sub}, {@code groups} (roles),
 * {@code org} (org unit path) and {@code department}. Services under test verify them with
 * {@code kam-test-jwt/publicKey.pem} from this jar.
 */
public final class TestTokens {

  public static final String ISSUER = "https://kam.local/issuer";
  public static final String AUDIENCE = "kam";

  private static PrivateKey key;

  private TestTokens() {
  }

  public static String token(String subject, String org, String... roles) {
    return builder(subject, org, null, Duration.ofHours(1), roles);
  }

  public static String departmentToken(String subject, String department, String... roles) {
    return builder(subject, "HQ", department, Duration.ofHours(1), roles);
  }

  public static String expired(String subject, String org, String... roles) {
    return builder(subject, org, null, Duration.ofSeconds(-3600), roles);
  }

  private static String builder(String subject, String org, String department, Duration validFor, String... roles) {
    long now = System.currentTimeMillis() / 1000;
    var claims = Jwt.issuer(ISSUER)
        .audience(AUDIENCE)
        .subject(subject)
        .upn(subject)
        .groups(Set.of(roles))
        .claim("org", org)
        .issuedAt(now - 60)
        .expiresAt(now + validFor.toSeconds());
    if (department != null) {
      claims.claim("department", department);
    }
    return claims.jws().keyId("kam-test").sign(privateKey());
  }

  public static synchronized PrivateKey privateKey() {
    if (key == null) {
      try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream("kam-test-jwt/privateKey.pem")) {
        String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
            .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
    return key;
  }
}
