package dev.pindex.bootstrap;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Reads {@code DATABASE_URL} in either form hosting platforms and JDBC users hand out: {@code
 * postgres://user:password@host:port/database?sslmode=require} (also {@code postgresql://}) or a
 * {@code jdbc:postgresql:} URL, which is passed to the driver as it is. Errors name the problem and
 * never quote the URL, so the password cannot reach a log.
 */
record DatabaseUrl(String jdbcUrl, String username, String password) {

  private static final String EXPECTED =
      " (expected postgres://user:password@host:port/database or jdbc:postgresql://host:port/database)";
  private static final Pattern DATABASE_NAME = Pattern.compile("[^/?#]{1,63}");

  @Override
  public String toString() {
    return "DatabaseUrl[jdbcUrl=" + masked(jdbcUrl) + ", username=" + username + ", password=***]";
  }

  static DatabaseUrl parse(String raw) {
    String url = raw.strip();
    if (url.startsWith("jdbc:postgresql:")) {
      return jdbc(url);
    }
    if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
      return platform(url);
    }
    int colon = url.indexOf(':');
    String scheme = colon > 0 && colon < 20 ? "'" + url.substring(0, colon) + "'" : "missing";
    throw malformed("the scheme is " + scheme + ", not postgres, postgresql or jdbc:postgresql");
  }

  private static DatabaseUrl jdbc(String url) {
    if (!url.startsWith("jdbc:postgresql://") || url.length() == "jdbc:postgresql://".length()) {
      throw malformed("a jdbc:postgresql: URL needs //host[:port]/database");
    }
    if (url.substring("jdbc:postgresql://".length()).contains("@")) {
      throw malformed(
          "a jdbc:postgresql: URL takes user and password as ?user=&password=, not before '@'");
    }
    // the driver validates the rest (hosts, ports, properties) and reports it without the password
    return new DatabaseUrl(url, null, null);
  }

  private static DatabaseUrl platform(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      // the exception's message quotes the input, password included: keep only its position
      throw malformed(
          "it is not a valid URL (" + e.getReason() + " at character " + e.getIndex() + ")");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw malformed(hostProblem(uri.getRawAuthority()));
    }
    int port = uri.getPort() == -1 ? 5432 : uri.getPort();
    if (port < 1 || port > 65_535) {
      throw malformed("the port must lie between 1 and 65535");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String database = path.startsWith("/") ? path.substring(1) : path;
    if (!DATABASE_NAME.matcher(database).matches()) {
      throw malformed("the database name is missing");
    }
    String[] credentials = credentials(uri.getRawUserInfo());
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    // getHost() keeps an IPv6 literal's brackets, as the JDBC URL needs them
    String jdbcUrl = "jdbc:postgresql://" + uri.getHost() + ":" + port + "/" + database + query;
    return new DatabaseUrl(jdbcUrl, credentials[0], credentials[1]);
  }

  /** Why {@link URI} found no host: it does not say, so look at the authority ourselves. */
  private static String hostProblem(String rawAuthority) {
    if (rawAuthority == null || rawAuthority.isEmpty()) {
      return "the host is missing";
    }
    String hostAndPort = rawAuthority.substring(rawAuthority.lastIndexOf('@') + 1);
    int colon = hostAndPort.lastIndexOf(':');
    if (colon >= 0 && !hostAndPort.endsWith("]")) {
      String port = hostAndPort.substring(colon + 1);
      if (!port.chars().allMatch(Character::isDigit)) {
        return "the port is not a number";
      }
    }
    return hostAndPort.isEmpty() || colon == 0
        ? "the host is missing"
        : "the host is not a valid host name";
  }

  private static String[] credentials(String rawUserInfo) {
    if (rawUserInfo == null) {
      return new String[] {null, null};
    }
    int colon = rawUserInfo.indexOf(':');
    String user = colon < 0 ? rawUserInfo : rawUserInfo.substring(0, colon);
    String password = colon < 0 ? null : rawUserInfo.substring(colon + 1);
    if (user.isEmpty()) {
      throw malformed("the user name is empty");
    }
    return new String[] {decode(user), password == null ? null : decode(password)};
  }

  /** {@link URI} has already refused broken %-escapes; '+' is literal in a user-info part. */
  private static String decode(String part) {
    return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static ConfigurationError malformed(String problem) {
    return new ConfigurationError("DATABASE_URL is malformed: " + problem + EXPECTED);
  }

  /** The URL with any {@code password=} property value hidden, for logs. */
  static String masked(String jdbcUrl) {
    return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
  }
}
