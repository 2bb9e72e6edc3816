package dev.pindex.archfixture.violations.inport.domain.port.in;

public final class ImportPricesCommand {
  private final String csv;

  public ImportPricesCommand(String csv) {
    this.csv = csv;
  }

  public String csv() {
    return csv;
  }
}
