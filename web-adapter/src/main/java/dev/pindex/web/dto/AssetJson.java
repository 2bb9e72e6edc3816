package dev.pindex.web.dto;

import dev.pindex.domain.model.Asset;
import java.time.Instant;

public record AssetJson(
    long id, String symbol, String name, String sector, Instant createdAt, Instant updatedAt) {

  public static AssetJson from(Asset asset) {
    return new AssetJson(
        asset.id(),
        asset.symbol().value(),
        asset.details().name(),
        asset.details().sector(),
        asset.createdAt(),
        asset.updatedAt());
  }
}
