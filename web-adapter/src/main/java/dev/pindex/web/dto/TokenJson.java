package dev.pindex.web.dto;

/** An OAuth-style bearer token answer; {@code expires_in} is in seconds. */
public record TokenJson(String accessToken, String tokenType, long expiresIn) {

  public static TokenJson bearer(String accessToken, long expiresInSeconds) {
    return new TokenJson(accessToken, "Bearer", expiresInSeconds);
  }

  @Override
  public String toString() {
    return "TokenJson[accessToken=***, tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
  }
}
