package dev.pindex.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of {@link PindexRules} over the production classes of all modules. */
class ProductionArchitectureTest {

  private static final String ROOT = "dev.pindex";

  /**
   * Production classes only. Importing by package keeps third-party jars out; DO_NOT_INCLUDE_TESTS
   * keeps out this module's own test classes, among them the fixtures under dev.pindex.archfixture.
   * DO_NOT_INCLUDE_JARS is deliberately absent: in a reactor {@code mvn verify} the other modules
   * reach this classpath as their packaged jars, so it would import nothing at all.
   */
  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);

  static Stream<Named<ArchRule>> rules() {
    return PindexRules.all(ROOT).entrySet().stream().map(e -> Named.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void production_code_follows(ArchRule rule) {
    rule.check(PRODUCTION);
  }

  @Test
  void every_package_a_rule_names_holds_production_classes() {
    assertThat(EmptyPackages.namedByRulesIn(PRODUCTION, ROOT))
        .as(
            "packages named by the rules but holding no production class: rules there check nothing")
        .isEmpty();
  }

  @Test
  void the_import_holds_no_test_classes() {
    assertThat(PRODUCTION)
        .isNotEmpty()
        .noneMatch(c -> c.getPackageName().startsWith(ROOT + ".archfixture"))
        .noneMatch(c -> c.getPackageName().startsWith(ROOT + ".architecture"));
  }
}
