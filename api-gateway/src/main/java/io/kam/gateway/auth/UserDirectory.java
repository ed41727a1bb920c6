package io.kam.gateway.auth;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.kam.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** The locally configured users ({@code kam.gateway.users.<name>.*}); empty in production. */
@ApplicationScoped
public class UserDirectory {

  /** A user who proved their password. */
  public record AuthenticatedUser(String username, java.util.List<String> roles, String org,
      Optional<String> department) {
  }

  // checked for unknown names too, so that timing does not tell which names exist
  private static final String DUMMY_HASH = PasswordHasher.hash("not-a-password".toCharArray());

  private final Map<String, GatewayConfig.User> users = new TreeMap<>();

  UserDirectory(GatewayConfig config) {
    config.users().forEach((name, user) -> users.put(name.toLowerCase(Locale.ROOT), user));
  }

  public Optional<AuthenticatedUser> authenticate(String username, char[] password) {
    String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    GatewayConfig.User user = users.get(name);
    boolean ok = PasswordHasher.matches(password, user == null ? DUMMY_HASH : user.passwordHash());
    if (user == null || !ok) {
      return Optional.empty();
    }
    return Optional.of(new AuthenticatedUser(name, user.roles(), user.org(), user.department()));
  }

  public int size() {
    return users.size();
  }
}
