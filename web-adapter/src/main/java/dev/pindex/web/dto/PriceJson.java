package dev.pindex.web.dto;

import dev.pindex.domain.model.Price;
import java.math.BigDecimal;

/** One day of an asset's price series. */
public record PriceJson(String date, BigDecimal close, long volume) {

  public static PriceJson from(Price price) {
    return new PriceJson(price.date().toString(), price.close(), price.volume());
  }
}
