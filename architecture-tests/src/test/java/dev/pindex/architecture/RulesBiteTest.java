package dev.pindex.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A rule that passes on production proves nothing until it is seen to fail: each rule runs over a
 * fixture under {@code dev.pindex.archfixture.violations.<fixture>} that breaks it, and must name
 * the offenders; and every rule passes over {@code dev.pindex.archfixture.compliant}.
 */
class RulesBiteTest {

  private static final String FIXTURES = "dev.pindex.archfixture";
  private static final String COMPLIANT = FIXTURES + ".compliant";
  private static final JavaClasses COMPLIANT_CLASSES = importFixture(COMPLIANT);

  /** Rule, the fixture that breaks it, and what the failure must mention (relative to it). */
  static Stream<Arguments> violations() {
    return Stream.of(
        violation(
            "domainDependsOnlyOnTheJdk",
            "domainjdk",
            "domain.model.PriceAtSqlDate",
            "java.sql.Date",
            "domain.service.PoolSizingService",
            "com.zaxxer.hikari.HikariConfig"),
        violation(
            "portSignaturesCarryNoFrameworkType",
            "portsignature",
            "domain.port.out.PriceRepository.findAll(java.sql.Connection)",
            "domain.port.out.PriceRepository.currentSession() mentions"
                + " org.apache.ibatis.session.SqlSession",
            "domain.port.in.ImportPricesUseCase.importPrices("),
        violation(
            "adaptersNeverSeeEachOther",
            "adapterseachother",
            "web.JavalinPriceRoutes",
            "persistence.MyBatisPriceRepository",
            "security.Argon2idPasswordHasher",
            "persistence.MyBatisUserRepository",
            "memory.InMemoryPriceRepository"),
        violation(
            "adaptersDoNotDependOnBootstrap",
            "adapterbootstrap",
            "web.WebServer",
            "persistence.HikariDataSourceFactory",
            "memory.InMemoryTransactions",
            "security.Argon2idPasswordHasher"),
        violation(
            "domainDependsOnNoAdapter",
            "domainadapter",
            "domain.service.ViewPriceService",
            "domain.model.Price",
            "domain.service.RegisterUserService",
            "domain.service.WarmUpService"),
        violation(
            "onlyPersistenceTouchesDatabaseLibraries",
            "databaselibraries",
            "web.JavalinPriceRoutes",
            "bootstrap.Wiring",
            "com.zaxxer.hikari.HikariConfig",
            "domain.service.EveryDatabaseLibraryService",
            "java.sql.Connection",
            "javax.sql.DataSource",
            "org.apache.ibatis.session.SqlSession",
            "com.zaxxer.hikari.HikariDataSource",
            "org.postgresql.PGConnection",
            "liquibase.Liquibase",
            "io.github.resilience4j.retry.Retry"),
        violation(
            "onlyWebTouchesHttpLibraries",
            "httplibraries",
            "persistence.PriceJsonColumn",
            "bootstrap.EveryHttpLibrary",
            "io.javalin.Javalin",
            "jakarta.servlet.http.HttpServletRequest",
            "org.eclipse.jetty.server.Server",
            "com.fasterxml.jackson.databind.JsonNode"),
        violation(
            "onlySecurityTouchesCryptoLibraries",
            "cryptolibraries",
            "bootstrap.Wiring",
            "web.JavalinLoginRoutes",
            "org.bouncycastle.crypto.params.Argon2Parameters",
            "org.bouncycastle.util.encoders.Base64"),
        violation("mappersAreUsedOnlyInsidePersistence", "mapperleak", "bootstrap.Wiring"),
        violation(
            "packagesAreFreeOfCycles",
            "cycle",
            "domain.model.Price",
            "domain.service.PriceFormatService"),
        violation(
            "inPortHoldsUseCasesAndTheirCommandOrQueryRecords",
            "inport",
            "domain.port.in.PriceImporter",
            "domain.port.in.ImportPricesRequest",
            "domain.port.in.ImportPricesCommand"),
        violation(
            "servicesAreNamedServiceAndImplementAUseCase",
            "servicename",
            "domain.service.PriceImporter",
            "domain.service.PriceFormatService"),
        violation(
            "outPortAdaptersAreNamedTechnologyPlusPort",
            "adaptername",
            "persistence.PriceRepositoryImpl",
            "persistence.MyBatisPrices",
            "memory.MemoryPriceRepository",
            "security.PasswordHasherImpl"),
        violation(
            "webClassesCallingUseCasesAreJavalinRoutes",
            "routesname",
            "web.PriceController",
            "web.PriceRoutes"),
        violation(
            "modelsAreRecordsEnumsOrTheSealedDomainExceptions",
            "modelkinds",
            "domain.model.PriceBean",
            "domain.model.PriceTooHigh",
            "domain.model.PriceChecks"),
        violation(
            "modelFieldsAreFinal",
            "modelfields",
            "domain.model.Currency.lookups",
            "domain.model.Limits.defaultMaxRows"),
        violation(
            "onlyTheCommandLineUsesStandardStreams",
            "standardstreams",
            "web.JavalinPriceRoutes",
            "persistence.MyBatisPriceRepository",
            "bootstrap.Wiring"));
  }

  @ParameterizedTest(name = "{0} fails on violations.{1}")
  @MethodSource("violations")
  void rule_fails_on_a_fixture_that_breaks_it(String rule, String fixture, List<String> offenders) {
    String root = FIXTURES + ".violations." + fixture;
    ArchRule archRule = PindexRules.all(root).get(rule);
    JavaClasses classes = importFixture(root);

    assertThatThrownBy(() -> archRule.check(classes))
        .isInstanceOf(AssertionError.class)
        .hasMessageNotContaining("failed to check any classes")
        .hasMessageContainingAll(
            offenders.stream()
                .map(o -> isFixtureRelative(o) ? root + "." + o : o)
                .toArray(String[]::new));
  }

  @Test
  void every_rule_has_a_fixture_that_breaks_it() {
    assertThat(violations().map(arguments -> (String) arguments.get()[0]))
        .containsExactlyInAnyOrderElementsOf(PindexRules.all(COMPLIANT).keySet());
  }

  static Stream<Named<ArchRule>> rulesOverTheCompliantFixture() {
    return PindexRules.all(COMPLIANT).entrySet().stream()
        .map(e -> Named.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0} passes on compliant code")
  @MethodSource("rulesOverTheCompliantFixture")
  void rule_passes_on_compliant_code(ArchRule rule) {
    rule.check(COMPLIANT_CLASSES);
  }

  @Test
  void the_empty_package_guard_finds_packages_without_classes() {
    assertThat(EmptyPackages.namedByRulesIn(COMPLIANT_CLASSES, COMPLIANT)).isEmpty();

    String routesOnly = FIXTURES + ".violations.routesname";
    assertThat(EmptyPackages.namedByRulesIn(importFixture(routesOnly), routesOnly))
        .contains(
            routesOnly + ".persistence",
            routesOnly + ".memory",
            routesOnly + ".security",
            routesOnly + ".domain.model",
            routesOnly + ".bootstrap")
        .doesNotContain(routesOnly + ".web", routesOnly + ".domain.port.in");
  }

  private static Arguments violation(String rule, String fixture, String... offenders) {
    return arguments(rule, fixture, List.of(offenders));
  }

  /** Offenders are written relative to the fixture root; library types are written in full. */
  private static boolean isFixtureRelative(String offender) {
    return Stream.of("domain.", "web.", "persistence.", "memory.", "security.", "bootstrap.")
        .anyMatch(offender::startsWith);
  }

  private static JavaClasses importFixture(String root) {
    return new ClassFileImporter().importPackages(root);
  }
}
