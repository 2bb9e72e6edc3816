import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes the benchmark's price rows, the same every run: {@code rows} rows over {@code symbols}
 * assets, each asset's history in date order, one asset after another, as a backfill sends them.
 * Two files hold the same rows: {@code api.csv} as the API reads them (symbol, with the header)
 * and {@code floor.csv} as {@code \copy} loads them into a table like {@code prices} (asset id).
 *
 * <p>Run with the JDK's source launcher: {@code java GeneratePrices.java ROWS SYMBOLS PREFIX
 * FIRST_ASSET_ID OUT_DIR}; asset ids follow the symbols' order from {@code FIRST_ASSET_ID}.
 */
public final class GeneratePrices {

  private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 3);

  public static void main(String[] args) throws IOException {
    long rows = Long.parseLong(args[0]);
    int symbols = Integer.parseInt(args[1]);
    String prefix = args[2];
    long firstAssetId = Long.parseLong(args[3]);
    Path out = Path.of(args[4]);
    long days = (rows + symbols - 1) / symbols;
    // Park-Miller minimal standard generator: deterministic on every JVM and platform
    long seed = 42;
    try (BufferedWriter api = Files.newBufferedWriter(out.resolve("api.csv"));
        BufferedWriter floor = Files.newBufferedWriter(out.resolve("floor.csv"))) {
      api.write("symbol,date,close,volume\n");
      long written = 0;
      for (int s = 0; s < symbols && written < rows; s++) {
        String symbol = prefix + String.format("%05d", s);
        long assetId = firstAssetId + s;
        for (long d = 0; d < days && written < rows; d++, written++) {
          seed = seed * 16807 % 2147483647;
          long micros = 1_000_000 + seed % 999_000_000; // a close from 1 to 1000, 6 decimals
          seed = seed * 16807 % 2147483647;
          long volume = seed % 50_000_000;
          String fields =
              FIRST_DAY.plusDays(d)
                  + ","
                  + micros / 1_000_000
                  + "."
                  + String.format("%06d", micros % 1_000_000)
                  + ","
                  + volume
                  + "\n";
          api.write(symbol + "," + fields);
          floor.write(assetId + "," + fields);
        }
      }
    }
  }
}
