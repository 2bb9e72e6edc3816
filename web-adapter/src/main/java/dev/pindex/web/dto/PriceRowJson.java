package dev.pindex.web.dto;

import dev.pindex.domain.model.Price;
import dev.pindex.domain.model.PriceRow;
import dev.pindex.domain.model.Symbol;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of a bulk price load: {@code {"symbol","date","close","volume"}}. */
public record PriceRowJson(String symbol, String date, BigDecimal close, Long volume) {

  public PriceRow toDomain() {
    FieldChecks checks = new FieldChecks();
    Symbol checkedSymbol = checks.required("symbol", symbol, Symbol::new);
    LocalDate checkedDate = checks.required("date", date, WireDates::parse);
    checks.present("close", close);
    checks.present("volume", volume);
    Price price = checks.across(() -> new Price(checkedDate, close, volume));
    checks.throwIfAny("The price row is invalid.");
    return new PriceRow(checkedSymbol, price);
  }
}
