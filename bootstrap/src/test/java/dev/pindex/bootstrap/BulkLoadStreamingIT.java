package dev.pindex.bootstrap;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar with a heap of 64 MiB loads a CSV body more than four times that size in one
 * request: the body is read, checked and copied into PostgreSQL as it arrives, never held whole,
 * and neither are its rows.
 */
class BulkLoadStreamingIT {

  private static final String HEAP = "-Xmx64m";
  private static final long BODY_BYTES_AT_LEAST = 4L * 64 * 1024 * 1024 + 1;
  private static final int ASSETS = 50;
  private static final int DAYS = 10_000;
  private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
  // leading zeros read as the same volume: the body outgrows the heap many times over while the
  // database does the work of a moderate number of rows
  private static final String ZEROS = "0".repeat(600);
  private static final String ADMIN_EMAIL = "stream-admin@example.com";
  private static final String ADMIN_PASSWORD = "stream-admin-password";

  @TempDir Path dataDir;

  @Test
  void a_csv_body_several_times_the_heap_loads_in_one_request() throws Exception {
    int port = PackagedJar.freePort();
    Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(
                PackagedJar.java(),
                HEAP,
                "-XX:+ExitOnOutOfMemoryError",
                "-jar",
                PackagedJar.path().toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("PINDEX_DATA_DIR", dataDir.toString());
    builder.environment().put("PORT", Integer.toString(port));
    builder.environment().put("ADMIN_PORT", Integer.toString(PackagedJar.freePort()));
    builder.environment().put("ADMIN_EMAIL", ADMIN_EMAIL);
    builder.environment().put("ADMIN_PASSWORD", ADMIN_PASSWORD);
    builder.environment().remove("DATABASE_URL");
    builder.environment().remove("APP_PROFILE");
    Process service = builder.start();
    try {
      assertThat(Http.awaitStatus(port, "/health/ready", 200, Duration.ofSeconds(90)))
          .as("ready; log:%n%s", PackagedJar.log(log))
          .isEqualTo(200);
      BulkLoadClient admin = BulkLoadClient.signIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);
      for (int asset = 0; asset < ASSETS; asset++) {
        assertThat(admin.createAsset(symbol(asset)).statusCode()).isEqualTo(201);
      }
      GeneratedCsv body = new GeneratedCsv();

      var answer = admin.putStreamed("/api/v1/prices", BulkLoadClient.CSV, () -> body);

      assertThat(answer.statusCode())
          .as("%s; log:%n%s", answer.body(), PackagedJar.log(log))
          .isEqualTo(200);
      assertThat(body.bytesSent).isGreaterThanOrEqualTo(BODY_BYTES_AT_LEAST);
      long rows = (long) ASSETS * DAYS;
      JsonNode counts = BulkLoadClient.json(answer);
      assertThat(counts.get("received").asLong()).isEqualTo(rows);
      assertThat(counts.get("inserted").asLong()).isEqualTo(rows);
      List<JsonNode> last = admin.prices(symbol(ASSETS - 1));
      assertThat(last).hasSize(DAYS);
      assertThat(last.get(DAYS - 1).get("date").asText())
          .isEqualTo(FIRST_DAY.plusDays(DAYS - 1).toString());
      assertThat(last.get(DAYS - 1).get("close").decimalValue())
          .isEqualByComparingTo(closeOn(DAYS - 1));
      assertThat(last.get(DAYS - 1).get("volume").asLong()).isEqualTo(DAYS - 1);
      assertThat(service.isAlive()).isTrue();
    } finally {
      service.destroy();
      service.waitFor();
    }
  }

  private static String symbol(int asset) {
    return "STREAM" + asset;
  }

  private static BigDecimal closeOn(int day) {
    return BigDecimal.valueOf(100_000 + day, 3);
  }

  /** The body, made line by line as the client sends it, so the test holds it no more. */
  private static final class GeneratedCsv extends InputStream {

    private byte[] line = "symbol,date,close,volume\n".getBytes(US_ASCII);
    private int position;
    private int asset;
    private int day;
    long bytesSent;

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      int filled = 0;
      while (filled < length && (position < line.length || nextLine())) {
        int n = Math.min(length - filled, line.length - position);
        System.arraycopy(line, position, buffer, offset + filled, n);
        position += n;
        filled += n;
      }
      bytesSent += filled;
      return filled == 0 ? -1 : filled;
    }

    private boolean nextLine() {
      if (asset == ASSETS) {
        return false;
      }
      line =
          (symbol(asset)
                  + ","
                  + FIRST_DAY.plusDays(day)
                  + ","
                  + closeOn(day)
                  + ","
                  + ZEROS
                  + day
                  + "\n")
              .getBytes(US_ASCII);
      position = 0;
      if (++day == DAYS) {
        day = 0;
        asset++;
      }
      return true;
    }
  }
}
