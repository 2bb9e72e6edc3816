package dev.pindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pindex.domain.port.in.AllocationUseCase;
import dev.pindex.domain.port.in.AssetUseCase;
import dev.pindex.domain.port.in.AuthenticateUseCase;
import dev.pindex.domain.port.in.CheckReadinessUseCase;
import dev.pindex.domain.port.in.GetUserUseCase;
import dev.pindex.domain.port.in.IndexValuesUseCase;
import dev.pindex.domain.port.in.PricesUseCase;
import dev.pindex.domain.port.in.RegisterUserUseCase;
import dev.pindex.domain.port.in.RiskMetricsUseCase;
import dev.pindex.domain.port.in.StrategyUseCase;
import io.javalin.Javalin;
import io.javalin.router.Endpoint;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Holds the hand-written OpenAPI document to the routes: every registered endpoint is documented,
 * every documented operation is registered, and each accepts exactly the query parameters the
 * document lists. The route groups are those bootstrap puts on the main port.
 */
class OpenApiDocumentTest {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  private final JsonNode document = readDocument();

  @Test
  void the_document_is_served_as_openapi_3_1_json() {
    try (TestServer server = TestServer.start(new JavalinOpenApiRoutes())) {
      var response = server.http().get("/openapi.json");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
      assertThat(HttpProbe.json(response).get("openapi").asText()).isEqualTo("3.1.0");
    }
  }

  @Test
  void every_registered_route_is_documented_and_every_documented_one_registered() {
    Set<String> registered = new TreeSet<>(registeredEndpoints().keySet());
    Set<String> documented = new TreeSet<>(documentedQueryParameters().keySet());

    assertThat(registered).isNotEmpty().isEqualTo(documented);
  }

  @Test
  void every_api_route_accepts_exactly_the_query_parameters_documented_for_it() {
    Map<String, Set<String>> documented = documentedQueryParameters();
    registeredEndpoints()
        .forEach(
            (operation, endpoint) -> {
              QueryParameters accepted = endpoint.metadata(QueryParameters.class);
              if (accepted != null) {
                assertThat(accepted.names())
                    .as(operation)
                    .containsExactlyInAnyOrderElementsOf(documented.get(operation));
              } else {
                assertThat(operation)
                    .as("every /api/v1 route declares its parameters")
                    .doesNotContain("/api/v1");
              }
            });
  }

  @Test
  void every_reference_in_the_document_resolves() {
    List<String> references = new ArrayList<>();
    collectReferences(document, references);

    assertThat(references).isNotEmpty();
    references.forEach(
        reference ->
            assertThat(document.at(reference.substring(1)).isMissingNode())
                .as(reference)
                .isFalse());
  }

  @Test
  void operations_that_answer_401_declare_bearer_security_and_only_they() {
    operations()
        .forEach(
            (name, operation) ->
                assertThat(operation.path("responses").has("401"))
                    .as(name)
                    .isEqualTo(
                        operation.has("security") || name.equals("POST /api/v1/auth/token")));
  }

  /** "METHOD /path" of every HTTP endpoint the main port's route groups register. */
  private static Map<String, Endpoint> registeredEndpoints() {
    List<JavalinRoutes> groups =
        List.of(
            new JavalinHealthRoutes(unused(CheckReadinessUseCase.class)),
            new JavalinOpenApiRoutes(),
            new JavalinUserRoutes(
                unused(RegisterUserUseCase.class),
                unused(GetUserUseCase.class),
                TestTokens.AUTHENTICATOR),
            new JavalinTokenRoutes(
                unused(AuthenticateUseCase.class),
                TestTokens.TOKENS,
                new LoginAttempts(LoginLimits.DEFAULTS)),
            new JavalinAssetRoutes(
                unused(AssetUseCase.class), TestTokens.AUTHENTICATOR, TestTokens.CURSORS),
            new JavalinPriceRoutes(
                unused(PricesUseCase.class), TestTokens.AUTHENTICATOR, TestTokens.CURSORS),
            new JavalinIndexValueRoutes(
                unused(IndexValuesUseCase.class), TestTokens.AUTHENTICATOR, TestTokens.CURSORS),
            new JavalinAllocationRoutes(unused(AllocationUseCase.class), TestTokens.AUTHENTICATOR),
            new JavalinRiskMetricsRoutes(
                unused(RiskMetricsUseCase.class), TestTokens.AUTHENTICATOR, TestTokens.CURSORS),
            new JavalinStrategyRoutes(unused(StrategyUseCase.class), TestTokens.AUTHENTICATOR));
    Javalin app = Javalin.create(config -> groups.forEach(group -> group.addTo(config.routes)));
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(parsed -> parsed.endpoint)
        .filter(endpoint -> endpoint.method.isHttpMethod())
        .collect(
            Collectors.toMap(
                endpoint -> endpoint.method.name() + " " + endpoint.path,
                endpoint -> endpoint,
                (a, b) -> {
                  throw new IllegalStateException("registered twice: " + a.path);
                },
                TreeMap::new));
  }

  /** "METHOD /path" of every documented operation, with the names of its query parameters. */
  private Map<String, Set<String>> documentedQueryParameters() {
    Map<String, Set<String>> parameters = new TreeMap<>();
    operations()
        .forEach(
            (name, operation) -> {
              Set<String> names = new TreeSet<>();
              operation
                  .path("parameters")
                  .forEach(
                      parameter -> {
                        JsonNode resolved = resolve(parameter);
                        if (resolved.get("in").asText().equals("query")) {
                          names.add(resolved.get("name").asText());
                        }
                      });
              parameters.put(name, names);
            });
    return parameters;
  }

  private Map<String, JsonNode> operations() {
    Map<String, JsonNode> operations = new TreeMap<>();
    document
        .get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        method -> {
                          if (METHODS.contains(method.getKey())) {
                            operations.put(
                                method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
                                method.getValue());
                          }
                        }));
    return operations;
  }

  private JsonNode resolve(JsonNode node) {
    return node.has("$ref") ? document.at(node.get("$ref").asText().substring(1)) : node;
  }

  private static void collectReferences(JsonNode node, List<String> references) {
    if (node.has("$ref")) {
      references.add(node.get("$ref").asText());
    }
    node.forEach(child -> collectReferences(child, references));
  }

  private static JsonNode readDocument() {
    try {
      return new ObjectMapper().readTree(JavalinOpenApiRoutes.load());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A use case the routes hold but these tests never call. */
  private static <T> T unused(Class<T> useCase) {
    return useCase.cast(
        Proxy.newProxyInstance(
            useCase.getClassLoader(),
            new Class<?>[] {useCase},
            (proxy, method, args) -> {
              throw new UnsupportedOperationException(method.getName());
            }));
  }
}
