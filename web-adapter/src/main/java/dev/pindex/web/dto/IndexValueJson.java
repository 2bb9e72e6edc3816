package dev.pindex.web.dto;

import dev.pindex.domain.model.IndexValue;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The index's level on a date, as answered and as loaded in bulk. */
public record IndexValueJson(String date, BigDecimal value) {

  public static IndexValueJson from(IndexValue indexValue) {
    return new IndexValueJson(indexValue.date().toString(), indexValue.value());
  }

  public IndexValue toDomain() {
    FieldChecks checks = new FieldChecks();
    LocalDate checkedDate = checks.required("date", date, WireDates::parse);
    checks.present("value", value);
    IndexValue indexValue = checks.across(() -> new IndexValue(checkedDate, value));
    checks.throwIfAny("The index value is invalid.");
    return indexValue;
  }
}
