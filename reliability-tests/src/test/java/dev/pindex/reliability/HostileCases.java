package dev.pindex.reliability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Builds one hostile request for a route from a {@link Hostile} generator: the route's own method
 * most of the time (else any other, or none that exists), its path with valid or hostile segments,
 * valid or hostile query parameters, a valid, missing or damaged bearer token, and a body that is
 * valid, mutated field by field, damaged byte by byte, random JSON, deeply nested, huge or not JSON
 * at all (CSV too, for prices).
 */
final class HostileCases {

  enum Access {
    NONE,
    USER,
    ADMIN
  }

  enum Body {
    NONE,
    CREDENTIALS,
    NEW_ASSET,
    ASSET_CHANGES,
    PRICES,
    INDEX_VALUES,
    RISK_METRICS,
    ALLOCATION,
    STRATEGY,
    ANY
  }

  /** A route as the fuzzer sees it; {@code admin} routes are on the admin port. */
  record Route(
      String name,
      String method,
      String template,
      Access access,
      Body body,
      List<String> params,
      boolean admin) {

    @Override
    public String toString() {
      return name;
    }
  }

  static final List<Route> ROUTES =
      List.of(
          route("health-live", "GET", "/health/live", Access.NONE, Body.NONE),
          route("health-ready", "GET", "/health/ready", Access.NONE, Body.NONE),
          route("openapi", "GET", "/openapi.json", Access.NONE, Body.NONE),
          route("register", "POST", "/api/v1/users", Access.NONE, Body.CREDENTIALS),
          route("login", "POST", "/api/v1/auth/token", Access.NONE, Body.CREDENTIALS),
          route("me", "GET", "/api/v1/users/me", Access.USER, Body.NONE),
          route(
              "assets-list",
              "GET",
              "/api/v1/assets",
              Access.NONE,
              Body.NONE,
              "sector",
              "limit",
              "cursor"),
          route("asset-get", "GET", "/api/v1/assets/{symbol}", Access.NONE, Body.NONE),
          route("asset-create", "POST", "/api/v1/assets", Access.ADMIN, Body.NEW_ASSET),
          route("asset-update", "PUT", "/api/v1/assets/{symbol}", Access.ADMIN, Body.ASSET_CHANGES),
          route("asset-delete", "DELETE", "/api/v1/assets/{symbol}", Access.ADMIN, Body.NONE),
          route(
              "prices-list",
              "GET",
              "/api/v1/assets/{symbol}/prices",
              Access.NONE,
              Body.NONE,
              "from",
              "to",
              "limit",
              "cursor"),
          route("prices-load", "PUT", "/api/v1/prices", Access.ADMIN, Body.PRICES),
          route(
              "index-values-list",
              "GET",
              "/api/v1/index-values",
              Access.NONE,
              Body.NONE,
              "from",
              "to",
              "limit",
              "cursor"),
          route(
              "index-values-load", "PUT", "/api/v1/index-values", Access.ADMIN, Body.INDEX_VALUES),
          route("allocation-get", "GET", "/api/v1/allocations", Access.NONE, Body.NONE, "date"),
          route(
              "allocation-put", "PUT", "/api/v1/allocations/{date}", Access.ADMIN, Body.ALLOCATION),
          route(
              "risk-metrics-list",
              "GET",
              "/api/v1/risk-metrics",
              Access.NONE,
              Body.NONE,
              "from",
              "to",
              "limit",
              "cursor"),
          route(
              "risk-metrics-latest", "GET", "/api/v1/risk-metrics/latest", Access.NONE, Body.NONE),
          route(
              "risk-metrics-load", "PUT", "/api/v1/risk-metrics", Access.ADMIN, Body.RISK_METRICS),
          route("strategies-list", "GET", "/api/v1/strategies", Access.USER, Body.NONE),
          route("strategy-create", "POST", "/api/v1/strategies", Access.USER, Body.STRATEGY),
          route("strategy-get", "GET", "/api/v1/strategies/{id}", Access.USER, Body.NONE),
          route("strategy-update", "PUT", "/api/v1/strategies/{id}", Access.USER, Body.STRATEGY),
          route("strategy-delete", "DELETE", "/api/v1/strategies/{id}", Access.USER, Body.NONE),
          route("no-such-route", "*", "/{any}", Access.NONE, Body.ANY),
          new Route("admin-pool", "GET", "/pool", Access.NONE, Body.NONE, List.of(), true),
          new Route(
              "admin-metrics", "GET", "/metrics", Access.NONE, Body.NONE, List.of("format"), true));

  private static Route route(
      String name, String method, String template, Access access, Body body, String... params) {
    return new Route(name, method, template, access, body, List.of(params), false);
  }

  /** What the fixture holds for building valid parts of requests. */
  record Fixture(
      String adminToken,
      String userToken,
      String foreignToken,
      List<String> symbols,
      long strategyId,
      long foreignStrategyId,
      String strategyEtag,
      Map<String, String> cursors,
      String userEmail,
      String userPassword) {}

  /** One case: the request and whether its method asks to change anything. */
  record Case(WireClient.Request request, boolean writes) {}

  private static final List<String> OTHER_METHODS =
      List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "FOO", "get");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Fixture fixture;

  HostileCases(Fixture fixture) {
    this.fixture = fixture;
  }

  Case build(Route route, Hostile h) {
    String method = method(route, h);
    String target = path(route, h) + query(route, h);
    List<String[]> headers = new ArrayList<>();
    headers.add(new String[] {"X-Request-Id", requestId(h)});
    authorization(route, h).ifPresent(headers::add);
    if (route.name().equals("strategy-update") && h.chance(0.8)) {
      headers.add(
          new String[] {
            "If-Match",
            h.chance(0.6) ? fixture.strategyEtag() : headerSafe(h.pick("*", "\"1\"", h.string()))
          });
    }
    byte[] body = null;
    String contentType = null;
    if (route.body() != Body.NONE && !route.method().equals("GET") || h.chance(0.05)) {
      boolean csv = route.body() == Body.PRICES && h.chance(0.25);
      body = csv ? csvBody(h) : jsonBody(route.body(), h);
      contentType = csv ? "text/csv" : Http.JSON;
      if (h.chance(0.1)) {
        contentType =
            h.pick(
                null,
                "",
                "text/plain",
                "text/csv",
                "application/json; charset=ISO-8859-1",
                "application/json;;;",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "application/problem+json",
                "APPLICATION/JSON",
                headerSafe(h.string()));
      }
    }
    if (contentType != null) {
      headers.add(new String[] {"Content-Type", contentType});
    }
    if (h.chance(0.05)) {
      headers.add(
          new String[] {
            h.pick("Accept", "Accept-Encoding", "Accept-Charset", "Origin", "X-Forwarded-For"),
            headerSafe(h.string())
          });
    }
    boolean writes = !List.of("GET", "HEAD", "OPTIONS", "TRACE").contains(method);
    return new Case(new WireClient.Request(method, target, headers, body), writes);
  }

  private static String method(Route route, Hostile h) {
    if (route.method().equals("*") || h.chance(0.08)) {
      return h.pick(OTHER_METHODS);
    }
    return route.method();
  }

  private static String requestId(Hostile h) {
    return h.chance(0.97) ? "fuzz-" + h.between(0, Integer.MAX_VALUE) : headerSafe(h.string());
  }

  private String path(Route route, Hostile h) {
    String path = route.template();
    if (path.contains("{symbol}")) {
      String symbol =
          h.chance(0.5)
              ? Hostile.encode(h.chance(0.7) ? h.pick(fixture.symbols()) : h.validSymbol())
              : h.pathSegment();
      path = path.replace("{symbol}", symbol);
    }
    if (path.contains("{date}")) {
      path = path.replace("{date}", h.chance(0.5) ? Hostile.encode(h.date()) : h.pathSegment());
    }
    if (path.contains("{id}")) {
      String id =
          switch (h.between(0, 6)) {
            case 0, 1 ->
                Long.toString(
                    route.name().equals("strategy-delete")
                        ? fixture.foreignStrategyId()
                        : fixture.strategyId());
            case 2 -> Long.toString(fixture.foreignStrategyId());
            case 3 -> h.pick(h.number(), "0", "-1", "9223372036854775807", "99999999999999999999");
            default -> h.pathSegment();
          };
      path = path.replace("{id}", id);
    }
    if (path.contains("{any}")) {
      StringBuilder any = new StringBuilder();
      int segments = h.between(1, 4);
      for (int i = 0; i < segments; i++) {
        any.append(i > 0 ? "/" : "")
            .append(h.chance(0.5) ? h.pick("api", "v1", "assets") : h.pathSegment());
      }
      path = path.replace("{any}", any);
    }
    if (h.chance(0.05)) {
      path =
          h.pick(
              path + "/",
              path + "//",
              path + "/extra",
              path + "/..",
              "/" + path,
              path.toUpperCase(java.util.Locale.ROOT));
    }
    return path;
  }

  private String query(Route route, Hostile h) {
    List<String> pairs = new ArrayList<>();
    for (String name : route.params()) {
      if (h.chance(0.5)) {
        pairs.add(name + "=" + (h.chance(0.5) ? validParam(route, name, h) : h.queryValue()));
      }
    }
    if (h.chance(0.15)) {
      pairs.add(
          Hostile.encode(h.pick("limit", "offset", "cursor", "format", "x", h.string()))
              + "="
              + h.queryValue());
    }
    if (!pairs.isEmpty() && h.chance(0.1)) {
      pairs.add(pairs.get(0));
    }
    String query = String.join("&", pairs);
    if (h.chance(0.05)) {
      query =
          h.pick(
              "&&&",
              "=",
              "a",
              "%",
              "==&=",
              "x".repeat(h.pick(100, 10_000, 70_000)),
              h.queryValue());
    }
    return query.isEmpty() && !h.chance(0.02) ? "" : "?" + query;
  }

  private String validParam(Route route, String name, Hostile h) {
    return switch (name) {
      case "limit" -> Integer.toString(h.pick(0, 1, 2, 100, 1_000, 1_001, 10_000, 10_001, -1));
      case "cursor" -> {
        String cursor = fixture.cursors().getOrDefault(route.name(), "");
        yield Hostile.encode(h.chance(0.5) ? cursor : tamper(cursor, h));
      }
      case "from", "to", "date" -> Hostile.encode(h.date());
      case "format" -> h.pick("json", "prometheus", "JSON", "xml", "");
      default -> Hostile.encode(h.pick("Test", "Energy", "", h.string()));
    };
  }

  private static String tamper(String text, Hostile h) {
    if (text.isEmpty()) {
      return h.ascii(h.between(1, 60));
    }
    char[] chars = text.toCharArray();
    chars[h.between(0, chars.length)] = (char) h.between(0x21, 0x7f);
    return switch (h.between(0, 3)) {
      case 0 -> new String(chars);
      case 1 -> text.substring(0, h.between(0, text.length()));
      default -> text + h.ascii(h.between(1, 10));
    };
  }

  private java.util.Optional<String[]> authorization(Route route, Hostile h) {
    String valid =
        switch (route.access()) {
          case ADMIN -> fixture.adminToken();
          case USER -> fixture.userToken();
          case NONE -> null;
        };
    if (valid != null && h.chance(0.85)) {
      return java.util.Optional.of(new String[] {"Authorization", "Bearer " + valid});
    }
    if (valid == null && h.chance(0.8)) {
      return java.util.Optional.empty();
    }
    String token = h.pick(fixture.adminToken(), fixture.userToken(), fixture.foreignToken());
    String value =
        switch (h.between(0, 12)) {
          case 0 -> null;
          case 1 -> "Bearer";
          case 2 -> "Bearer ";
          case 3 -> "Bearer " + headerSafe(h.string());
          case 4 -> "Basic YWRtaW46YWRtaW4=";
          case 5 -> "Bearer " + tamper(token, h);
          case 6 -> "bearer " + token;
          case 7 -> "Bearer  " + token;
          case 8 -> token;
          case 9 -> "Bearer " + token + " extra";
          case 10 -> "Bearer " + "a".repeat(h.pick(1_000, 20_000));
          default -> "Bearer " + token;
        };
    return value == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(new String[] {"Authorization", value});
  }

  /** Header values cannot carry line breaks without becoming other headers. */
  static String headerSafe(String value) {
    return value.replace('\r', ' ').replace('\n', ' ');
  }

  // ---------------------------------------------------------------- bodies

  private byte[] jsonBody(Body kind, Hostile h) {
    if (kind == Body.NONE || kind == Body.ANY) {
      return utf8(h.chance(0.5) ? h.jsonValue(3) : h.string());
    }
    int strategy = h.between(0, 100);
    if (strategy < 8) {
      return utf8(write(example(kind, h)));
    }
    if (strategy < 53) {
      JsonNode tree = example(kind, h);
      int mutations = h.between(1, 4);
      for (int i = 0; i < mutations; i++) {
        tree = mutate(tree, h);
      }
      return utf8(write(tree));
    }
    if (strategy < 68) {
      return h.damage(utf8(write(h.chance(0.5) ? example(kind, h) : mutate(example(kind, h), h))));
    }
    if (strategy < 78) {
      return utf8(h.jsonValue(4));
    }
    if (strategy < 83) {
      return utf8(h.deepNesting());
    }
    if (strategy < 88) {
      return utf8(huge(kind, h));
    }
    if (strategy < 93) {
      return h.randomBytes(h.between(0, 2_000));
    }
    return utf8(h.pick("", " ", "null", "[]", "{}", "[null]", "[{}]", "\"\"", "0", "true"));
  }

  private String huge(Body kind, Hostile h) {
    JsonNode example = example(kind, h);
    if (example instanceof ArrayNode rows && !rows.isEmpty()) {
      ArrayNode many = NODES.arrayNode();
      int count = h.pick(2_000, 12_000, 40_000);
      for (int i = 0; i < count; i++) {
        many.add(rows.get(0));
      }
      return write(many);
    }
    return "{\"name\":" + Hostile.quoted("n".repeat(h.pick(10_000, 500_000, 2_000_000))) + "}";
  }

  /** A valid body of the kind, with values the fuzzer picks. */
  private JsonNode example(Body kind, Hostile h) {
    return switch (kind) {
      case CREDENTIALS -> {
        ObjectNode credentials = NODES.objectNode();
        if (h.chance(0.15)) {
          credentials.put("email", fixture.userEmail()).put("password", fixture.userPassword());
        } else {
          credentials
              .put("email", "fz" + h.between(0, 1_000_000_000) + "@example.com")
              .put("password", "pw-" + h.ascii(h.between(5, 20)));
        }
        yield credentials;
      }
      case NEW_ASSET ->
          NODES
              .objectNode()
              .put("symbol", h.validSymbol())
              .put("name", "Fuzzed " + h.between(0, 1000))
              .put("sector", h.pick("Tech", "Energy"));
      case ASSET_CHANGES ->
          NODES.objectNode().put("name", "Renamed " + h.between(0, 1000)).put("sector", "Tech");
      case PRICES -> {
        ArrayNode rows = NODES.arrayNode();
        int count = h.between(1, 6);
        for (int i = 0; i < count; i++) {
          rows.addObject()
              .put("symbol", h.pick(fixture.symbols()))
              .put("date", validDate(h).toString())
              .put("close", BigDecimal.valueOf(h.between(1, 100_000), 2))
              .put("volume", h.between(0, 1_000_000));
        }
        yield rows;
      }
      case INDEX_VALUES -> {
        ArrayNode rows = NODES.arrayNode();
        int count = h.between(1, 6);
        for (int i = 0; i < count; i++) {
          rows.addObject()
              .put("date", validDate(h).toString())
              .put("value", BigDecimal.valueOf(h.between(1, 1_000_000), 3));
        }
        yield rows;
      }
      case RISK_METRICS -> {
        ArrayNode rows = NODES.arrayNode();
        rows.addObject()
            .put("date", validDate(h).toString())
            .put("sharpe_ratio", BigDecimal.valueOf(h.between(-300, 300), 2))
            .put("sortino_ratio", BigDecimal.valueOf(h.between(-300, 300), 2))
            .put("volatility", BigDecimal.valueOf(h.between(0, 100), 2))
            .put("max_drawdown", BigDecimal.valueOf(-h.between(0, 100), 2))
            .put("var_95", BigDecimal.valueOf(-h.between(0, 10), 2));
        yield rows;
      }
      case ALLOCATION -> {
        ObjectNode allocation = NODES.objectNode();
        ArrayNode items = allocation.putArray("items");
        int weight = h.between(0, 11);
        items
            .addObject()
            .put("symbol", fixture.symbols().get(0))
            .put("weight", BigDecimal.valueOf(weight, 1));
        items
            .addObject()
            .put("symbol", fixture.symbols().get(1))
            .put("weight", BigDecimal.valueOf(10 - weight, 1));
        yield allocation;
      }
      case STRATEGY ->
          NODES
              .objectNode()
              .put("name", "fuzz strategy " + h.between(0, 1_000_000))
              .put("momentum_weight", new BigDecimal("0.25"))
              .put("value_weight", new BigDecimal("0.25"))
              .put("quality_weight", new BigDecimal("0.25"))
              .put("low_volatility_weight", new BigDecimal("0.25"))
              .put("max_position_weight", new BigDecimal("0.1"))
              .put("rebalance_frequency", h.pick("daily", "weekly", "monthly", "quarterly"));
      case NONE, ANY -> NODES.objectNode();
    };
  }

  private static LocalDate validDate(Hostile h) {
    return LocalDate.of(2024, 1, 1).plusDays(h.between(0, 365));
  }

  /** One change to a tree: a value replaced by a hostile one, a field removed or added. */
  private JsonNode mutate(JsonNode root, Hostile h) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode target = h.pick(containers);
    String hostile = hostileValue(h);
    if (target instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      int action = h.between(0, 10);
      if (names.isEmpty() || action == 0) {
        object.putRawValue(h.chance(0.5) ? h.string() : "unknown_field", new RawValue(hostile));
      } else if (action == 1) {
        object.remove(h.pick(names));
      } else {
        object.putRawValue(h.pick(names), new RawValue(hostile));
      }
    } else if (target instanceof ArrayNode array) {
      int action = h.between(0, 6);
      if (array.isEmpty() || action == 0) {
        array.add(NODES.rawValueNode(new RawValue(hostile)));
      } else if (action == 1) {
        array.removeAll();
      } else if (action == 2) {
        array.add(array.get(0).deepCopy()); // the same key twice
      } else {
        array.set(h.between(0, array.size()), NODES.rawValueNode(new RawValue(hostile)));
      }
    }
    if (h.chance(0.05)) {
      return root.isArray() ? NODES.objectNode().set("rows", root) : NODES.arrayNode().add(root);
    }
    return root;
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainerNode()) {
      containers.add(node);
      for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
        collect(children.next(), containers);
      }
    }
  }

  /** A hostile JSON value as text. */
  private static String hostileValue(Hostile h) {
    return switch (h.between(0, 9)) {
      case 0, 1 -> h.number();
      case 2, 3 -> Hostile.quoted(h.string());
      case 4 -> Hostile.quoted(h.date());
      case 5 -> Hostile.quoted(h.symbol());
      case 6 -> h.jsonValue(3);
      case 7 -> h.pick("null", "[]", "{}", "true", "\"\"");
      default -> Hostile.quoted(h.number()); // a number sent as a string
    };
  }

  private byte[] csvBody(Hostile h) {
    List<String> lines = new ArrayList<>();
    lines.add(
        h.chance(0.8)
            ? "symbol,date,close,volume"
            : h.pick(
                "symbol,date,close",
                "date,symbol,close,volume",
                "SYMBOL,DATE,CLOSE,VOLUME",
                "\uFEFFsymbol,date,close,volume",
                "symbol,date,close,volume,extra",
                "symbol;date;close;volume",
                "",
                h.string()));
    int rows = h.chance(0.03) ? h.pick(5_000, 50_000) : h.between(0, 6);
    for (int i = 0; i < rows; i++) {
      List<String> fields =
          new ArrayList<>(
              List.of(
                  h.pick(fixture.symbols()),
                  validDate(h).toString(),
                  BigDecimal.valueOf(h.between(1, 100_000), 2).toPlainString(),
                  Integer.toString(h.between(0, 1_000_000))));
      if (h.chance(0.4)) {
        int field = h.between(0, 4);
        fields.set(
            field,
            switch (h.between(0, 6)) {
              case 0 -> h.number();
              case 1 -> h.date();
              case 2 -> h.symbol();
              case 3 -> "\"" + h.string() + "\"";
              case 4 -> h.pick("\"", "\"unclosed", "a\"b", "\"\"", "", " ", "\u0000", "\t");
              default -> h.string();
            });
      }
      if (h.chance(0.05)) {
        fields.add(h.string());
      }
      if (h.chance(0.05)) {
        fields.remove(fields.size() - 1);
      }
      lines.add(String.join(h.chance(0.97) ? "," : h.pick(";", "\t", ",,", " , "), fields));
    }
    String separator = h.chance(0.9) ? "\n" : h.pick("\r\n", "\r", "\n\n");
    byte[] body = utf8(String.join(separator, lines) + (h.chance(0.8) ? separator : ""));
    return h.chance(0.15) ? h.damage(body) : body;
  }

  private static String write(JsonNode tree) {
    try {
      return Json.MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
