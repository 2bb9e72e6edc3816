package dev.pindex.domain.model;

/** The editable part of an asset: a name, and a sector when known. */
public record AssetDetails(String name, String sector) {

  public static final int MAX_NAME_LENGTH = 200;
  public static final int MAX_SECTOR_LENGTH = 100;

  public AssetDetails {
    name = Text.required("name", name, MAX_NAME_LENGTH);
    sector = Text.optional("sector", sector, MAX_SECTOR_LENGTH);
  }
}
