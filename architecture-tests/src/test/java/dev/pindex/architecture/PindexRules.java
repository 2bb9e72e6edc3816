package dev.pindex.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The rules of ARCHITECTURE.md, each a factory of the application's root package, so the same rule
 * runs over the production code ({@code dev.pindex}) and over the fixtures that prove it bites.
 *
 * <p>Every public static {@code ArchRule xxx(String root)} here is a rule: {@link #all} finds them
 * by reflection, so a new rule is checked against production and must get a violating fixture
 * without anybody remembering to register it.
 */
public final class PindexRules {

  private PindexRules() {}

  /** The packages the rules name, relative to the root: each must hold production classes. */
  static List<String> packagesNamedByRules(String root) {
    return Stream.of(
            "domain",
            "domain.model",
            "domain.port",
            "domain.port.in",
            "domain.port.out",
            "domain.service",
            "persistence",
            "persistence.mapper",
            "memory",
            "web",
            "security",
            "bootstrap")
        .map(relative -> root + "." + relative)
        .toList();
  }

  /** Rule name (the factory's name) to rule, over the given root, in a stable order. */
  static Map<String, ArchRule> all(String root) {
    Map<String, ArchRule> rules = new LinkedHashMap<>();
    Arrays.stream(PindexRules.class.getDeclaredMethods())
        .filter(PindexRules::isRuleFactory)
        .sorted((a, b) -> a.getName().compareTo(b.getName()))
        .forEach(factory -> rules.put(factory.getName(), invoke(factory, root)));
    return rules;
  }

  // ---- dependencies --------------------------------------------------------------------------

  public static ArchRule domainDependsOnlyOnTheJdk(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".domain..")
        .should()
        .onlyDependOnClassesThat(jdkOrDomain(root))
        .because("the domain is plain Java: frameworks, JDBC and adapters plug in from outside");
  }

  public static ArchRule portSignaturesCarryNoFrameworkType(String root) {
    return codeUnits()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage(root + ".domain.port..")
        .should(onlyMentionInTheirSignature(jdkOrDomain(root)))
        .because(
            "no SqlSession, Connection, Context or JsonNode crosses a port: adapters translate"
                + " at the port");
  }

  public static ArchRule adaptersNeverSeeEachOther(String root) {
    return slices()
        .matching(root + ".(*)..")
        .that(
            describe(
                "are the adapters " + ADAPTERS, slice -> ADAPTERS.contains(slice.getNamePart(1))))
        .should()
        .notDependOnEachOther()
        .because("each adapter translates at the domain's ports; only bootstrap knows them all");
  }

  public static ArchRule adaptersDoNotDependOnBootstrap(String root) {
    return noClasses()
        .that()
        .resideInAnyPackage(adapterPackages(root))
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".bootstrap..")
        .because("bootstrap builds the object graph; what it builds never reaches back into it");
  }

  public static ArchRule domainDependsOnNoAdapter(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".domain..")
        .should()
        .dependOnClassesThat(
            resideInAnyPackage(adapterPackages(root)).or(resideInAPackage(root + ".bootstrap..")))
        .because("adapters depend on the domain, never the other way round");
  }

  /**
   * Bootstrap creates the pool through the persistence adapter's factory, hands it to the adapter
   * constructors as the JDK's {@code javax.sql.DataSource}, and closes it last on shutdown, which
   * needs the {@code HikariDataSource} handle (a DataSource has no close). Those two types, and
   * only in bootstrap, are the exceptions: {@code HikariConfig}, the pool MXBean, connections,
   * {@code SQLException}, MyBatis and Liquibase types all stay behind persistence classes.
   */
  public static ArchRule onlyPersistenceTouchesDatabaseLibraries(String root) {
    DescribedPredicate<JavaClass> poolHandles =
        name("javax.sql.DataSource")
            .or(name("com.zaxxer.hikari.HikariDataSource"))
            .<JavaClass>forSubtype()
            .as("the pool handles javax.sql.DataSource, com.zaxxer.hikari.HikariDataSource");
    return CompositeArchRule.of(
            noClasses()
                .that()
                .resideInAPackage(root + "..")
                .and()
                .resideOutsideOfPackages(root + ".persistence..", root + ".bootstrap..")
                .should()
                .dependOnClassesThat(DATABASE_LIBRARIES))
        .and(
            noClasses()
                .that()
                .resideInAPackage(root + ".bootstrap..")
                .should()
                .dependOnClassesThat(DATABASE_LIBRARIES.and(not(poolHandles))))
        .because(
            "SQL, the pool, MyBatis, migrations and retries are the persistence adapter's"
                + " business; bootstrap only creates and closes the pool");
  }

  public static ArchRule onlyWebTouchesHttpLibraries(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .resideOutsideOfPackage(root + ".web..")
        .should()
        .dependOnClassesThat(HTTP_LIBRARIES)
        .because("HTTP and JSON are the web adapter's business; bootstrap starts it via WebServer");
  }

  /**
   * Bootstrap builds the password hasher with plain {@code new}, setting its cost with plain ints:
   * unlike the pool, no BouncyCastle type needs to reach it.
   */
  public static ArchRule onlySecurityTouchesCryptoLibraries(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .resideOutsideOfPackage(root + ".security..")
        .should()
        .dependOnClassesThat(CRYPTO_LIBRARIES)
        .because("password hashing is the security adapter's business, behind PasswordHasher");
  }

  public static ArchRule mappersAreUsedOnlyInsidePersistence(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".persistence.mapper..")
        .should()
        .onlyHaveDependentClassesThat()
        .resideInAPackage(root + ".persistence..")
        .because("mappers and row types are translated to domain types at the port");
  }

  public static ArchRule packagesAreFreeOfCycles(String root) {
    return slices()
        .matching(root + ".(**)")
        .should()
        .beFreeOfCycles()
        .because("a cycle makes two packages one, without saying so");
  }

  // ---- names ---------------------------------------------------------------------------------
  // Naming rules govern top-level types; a nested type is named in the context of its owner.

  public static ArchRule inPortHoldsUseCasesAndTheirCommandOrQueryRecords(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".domain.port.in..")
        .and()
        .areTopLevelClasses()
        .and(not(PACKAGE_INFO))
        .should(beAUseCaseInterfaceOrACommandOrQueryRecord())
        .because("use cases are interfaces XxxUseCase taking a record XxxCommand or XxxQuery");
  }

  public static ArchRule servicesAreNamedServiceAndImplementAUseCase(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".domain.service..")
        .and()
        .areTopLevelClasses()
        .and(not(PACKAGE_INFO))
        .should()
        .haveSimpleNameEndingWith("Service")
        .andShould()
        .implement(resideInAPackage(root + ".domain.port.in..").as("a use case of its port.in"))
        .because("a service is the implementation XxxService of a use case XxxUseCase");
  }

  public static ArchRule outPortAdaptersAreNamedTechnologyPlusPort(String root) {
    String outPorts = root + ".domain.port.out..";
    return classes()
        .that()
        .resideInAnyPackage(root + ".persistence..", root + ".memory..", root + ".security..")
        .and()
        .areTopLevelClasses()
        .and()
        .implement(resideInAPackage(outPorts).as("a port of " + outPorts))
        .should(beNamedTechnologyPlusAPortTheyImplement(outPorts))
        .because(
            "adapters are named technology + port, e.g. MyBatisPriceRepository,"
                + " InMemoryPriceRepository, Argon2idPasswordHasher");
  }

  public static ArchRule webClassesCallingUseCasesAreJavalinRoutes(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".web..")
        .and(callAMethodOfAnInterfaceIn(root + ".domain.port.in.."))
        .should()
        .haveSimpleNameStartingWith("Javalin")
        .andShould()
        .haveSimpleNameEndingWith("Routes")
        .because(
            "the web classes that drive use cases are the routes, named technology + Routes,"
                + " e.g. JavalinAssetRoutes");
  }

  // ---- models and hygiene --------------------------------------------------------------------

  public static ArchRule modelsAreRecordsEnumsOrTheSealedDomainExceptions(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".domain.model..")
        .and(not(PACKAGE_INFO))
        .should(beARecordAnEnumOrASealedDomainException())
        .because("values validate themselves in their constructor and never change afterwards");
  }

  public static ArchRule modelFieldsAreFinal(String root) {
    return fields()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage(root + ".domain.model..")
        .should()
        .beFinal()
        .because("a value object that can change after validation can become invalid");
  }

  /**
   * Standard streams belong to the command line: only {@code bootstrap.Main} (and its lambdas and
   * nested classes) prints usage and command output; everything else logs through SLF4J.
   */
  public static ArchRule onlyTheCommandLineUsesStandardStreams(String root) {
    String main = root + ".bootstrap.Main";
    DescribedPredicate<JavaClass> commandLine =
        describe(
            "the command-line entry point " + main,
            c -> c.getName().equals(main) || c.getName().startsWith(main + "$"));
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .and(not(commandLine))
        .should(ACCESS_STANDARD_STREAMS)
        .because("output goes through the logger, which the deployment configures");
  }

  // ---- building blocks -----------------------------------------------------------------------

  private static final DescribedPredicate<JavaClass> DATABASE_LIBRARIES =
      resideInAnyPackage(
              "java.sql..",
              "javax.sql..",
              "org.apache.ibatis..",
              "com.zaxxer..",
              "org.postgresql..",
              "liquibase..",
              "io.github.resilience4j..")
          .as("are in database libraries (JDBC, MyBatis, Hikari, pgjdbc, Liquibase, resilience4j)");

  private static final DescribedPredicate<JavaClass> HTTP_LIBRARIES =
      resideInAnyPackage(
              "io.javalin..", "jakarta.servlet..", "org.eclipse.jetty..", "com.fasterxml.jackson..")
          .as("are in HTTP libraries (Javalin, Servlet, Jetty, Jackson)");

  private static final DescribedPredicate<JavaClass> CRYPTO_LIBRARIES =
      resideInAPackage("org.bouncycastle..").as("are in crypto libraries (BouncyCastle)");

  /**
   * The adapters, relative to the root: each plugs one technology into the domain's ports. The
   * persistence ports have two, PostgreSQL ({@code persistence}) and memory ({@code memory}), which
   * bootstrap chooses between.
   */
  private static final List<String> ADAPTERS = List.of("web", "persistence", "memory", "security");

  private static String[] adapterPackages(String root) {
    return ADAPTERS.stream().map(adapter -> root + "." + adapter + "..").toArray(String[]::new);
  }

  private static final DescribedPredicate<JavaClass> PACKAGE_INFO =
      describe("package-info", c -> c.getSimpleName().equals("package-info"));

  /** The JDK without JDBC ({@code java.sql}), plus the domain itself. */
  private static DescribedPredicate<JavaClass> jdkOrDomain(String root) {
    return resideInAnyPackage("java..", root + ".domain..")
        .and(not(resideInAPackage("java.sql..")))
        .as("are in the JDK (without java.sql) or in the domain itself");
  }

  private static ArchCondition<JavaCodeUnit> onlyMentionInTheirSignature(
      DescribedPredicate<JavaClass> allowed) {
    return new ArchCondition<>(
        "only mention types that " + allowed.getDescription() + " in their signature") {
      @Override
      public void check(JavaCodeUnit codeUnit, ConditionEvents events) {
        Stream.of(
                Stream.of(codeUnit.getReturnType()),
                codeUnit.getParameterTypes().stream(),
                codeUnit.getThrowsClause().getTypes().stream())
            .flatMap(types -> types)
            .flatMap(type -> type.getAllInvolvedRawTypes().stream())
            .filter(type -> !allowed.test(type))
            .distinct()
            .forEach(
                type ->
                    events.add(
                        SimpleConditionEvent.violated(
                            codeUnit, codeUnit.getFullName() + " mentions " + type.getName())));
      }
    };
  }

  private static ArchCondition<JavaClass> beAUseCaseInterfaceOrACommandOrQueryRecord() {
    return new ArchCondition<>("be an interface XxxUseCase or a record XxxCommand or XxxQuery") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        String name = type.getSimpleName();
        boolean named =
            type.isInterface()
                ? name.endsWith("UseCase")
                : type.isRecord() && (name.endsWith("Command") || name.endsWith("Query"));
        events.add(
            new SimpleConditionEvent(
                type,
                named,
                type.getName()
                    + (named ? " is" : " is not")
                    + " an interface XxxUseCase or a record XxxCommand or XxxQuery"));
      }
    };
  }

  private static final List<String> TECHNOLOGIES =
      List.of("MyBatis", "Hikari", "Jdbc", "Liquibase", "Postgres", "InMemory", "Argon2id");

  private static ArchCondition<JavaClass> beNamedTechnologyPlusAPortTheyImplement(
      String portPackage) {
    return new ArchCondition<>(
        "be named technology ("
            + String.join("|", TECHNOLOGIES)
            + ") + the simple name of a port they implement") {
      @Override
      public void check(JavaClass adapter, ConditionEvents events) {
        String name = adapter.getSimpleName();
        List<String> ports =
            adapter.getAllRawInterfaces().stream()
                .filter(resideInAPackage(portPackage))
                .map(JavaClass::getSimpleName)
                .toList();
        boolean named =
            TECHNOLOGIES.stream().anyMatch(name::startsWith)
                && ports.stream().anyMatch(name::endsWith);
        events.add(
            new SimpleConditionEvent(
                adapter,
                named,
                adapter.getName() + " implements " + ports + " but is named " + name));
      }
    };
  }

  /** Calls or method references (such as {@code useCase::run}), from the class or its lambdas. */
  private static DescribedPredicate<JavaClass> callAMethodOfAnInterfaceIn(
      String packageIdentifier) {
    DescribedPredicate<JavaClass> useCase =
        resideInAPackage(packageIdentifier).and(describe("interfaces", JavaClass::isInterface));
    return describe(
        "call a method of an interface in " + packageIdentifier,
        c ->
            c.getCodeUnitAccessesFromSelf().stream()
                .anyMatch(access -> useCase.test(access.getTargetOwner())));
  }

  private static ArchCondition<JavaClass> beARecordAnEnumOrASealedDomainException() {
    String kinds =
        "a record, an enum, an exception of a sealed family, or a package-private holder of"
            + " static checks";
    return new ArchCondition<>("be " + kinds) {
      @Override
      public void check(JavaClass model, ConditionEvents events) {
        boolean allowed =
            model.isRecord()
                || model.isEnum()
                || (model.isAssignableTo(Throwable.class) && inASealedFamily(model))
                || aHolderOfStaticChecks(model);
        events.add(
            new SimpleConditionEvent(
                model, allowed, model.getName() + (allowed ? " is " : " is not ") + kinds));
      }
    };
  }

  /**
   * Checks the values' constructors share (such as {@code Text.required}): never instantiated, so
   * never a value that could be invalid or change, and invisible outside the model package.
   */
  private static boolean aHolderOfStaticChecks(JavaClass model) {
    return !model.getModifiers().contains(JavaModifier.PUBLIC)
        && model.getConstructors().stream()
            .allMatch(c -> c.getModifiers().contains(JavaModifier.PRIVATE))
        && model.getMethods().stream()
            .allMatch(m -> m.getModifiers().contains(JavaModifier.STATIC));
  }

  /** The family's sealed root, or a final member of it (the compiler checks the permits). */
  private static boolean inASealedFamily(JavaClass exception) {
    return exception.isSealed()
        || (exception.getModifiers().contains(JavaModifier.FINAL)
            && exception.getRawSuperclass().filter(JavaClass::isSealed).isPresent());
  }

  private static boolean isRuleFactory(Method method) {
    return Modifier.isPublic(method.getModifiers())
        && Modifier.isStatic(method.getModifiers())
        && method.getReturnType() == ArchRule.class
        && Arrays.equals(method.getParameterTypes(), new Class<?>[] {String.class});
  }

  private static ArchRule invoke(Method factory, String root) {
    try {
      return (ArchRule) factory.invoke(null, root);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build rule " + factory.getName(), e);
    }
  }
}
