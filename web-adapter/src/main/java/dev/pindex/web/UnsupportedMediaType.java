package dev.pindex.web;

/** The body's Content-Type is not one this endpoint reads. */
final class UnsupportedMediaType extends WebRefusal {

  UnsupportedMediaType(String detail) {
    super(detail);
  }
}
