package io.kam.gateway.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The local profile ships exactly the demo users of DESIGN.md §4, all with password {@code kam-demo}. */
class LocalUsersTest {

  private static final Map<String, String> EXPECTED = new TreeMap<>(Map.ofEntries(
      Map.entry("rep.sh", "rep HQ/EAST/SH"), Map.entry("rep.hz", "rep HQ/EAST/HZ"),
      Map.entry("supervisor.sh", "supervisor HQ/EAST/SH"), Map.entry("manager.sh", "manager HQ/EAST/SH"),
      Map.entry("supervisor.east", "supervisor HQ/EAST"), Map.entry("manager.east", "manager HQ/EAST"),
      Map.entry("supervisor.north", "supervisor HQ/NORTH"), Map.entry("erp", "integration HQ"),
      Map.entry("manager.hq", "manager HQ"), Map.entry("director", "director HQ"), Map.entry("vp", "vp HQ"),
      Map.entry("gm", "gm HQ"), Map.entry("staff.ka", "ka-staff HQ"),
      Map.entry("dept.aftersales", "department HQ"), Map.entry("dept.quality", "department HQ"),
      Map.entry("dept.finance", "department HQ"), Map.entry("archivist", "archivist HQ"),
      Map.entry("admin", "admin HQ")));

  @Test
  void localProfileHasTheDemoUsersAndNoOtherProfileHasAny() throws Exception {
    Properties properties = new Properties();
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
      properties.load(in);
    }
    Pattern key = Pattern.compile("(%[a-z]+\\.)?kam\\.gateway\\.users\\.\"?([^\"]+)\"?\\.password-hash");
    Map<String, String> found = new TreeMap<>();
    for (String name : properties.stringPropertyNames()) {
      Matcher m = key.matcher(name);
      if (!m.matches()) {
        continue;
      }
      String profile = m.group(1);
      assertTrue("%local.".equals(profile) || "%test.".equals(profile), "users only in local/test: " + name);
      if (!"%local.".equals(profile)) {
        continue;
      }
      String user = m.group(2);
      String prefix = "%local.kam.gateway.users.\"" + user + "\".";
      assertTrue(PasswordHasher.matches("kam-demo".toCharArray(), properties.getProperty(name)), user);
      found.put(user, properties.getProperty(prefix + "roles") + " " + properties.getProperty(prefix + "org"));
      if (user.startsWith("dept.")) {
        assertEquals(user.substring(5), properties.getProperty(prefix + "department"));
      }
    }
    assertEquals(EXPECTED, found);
  }
}
