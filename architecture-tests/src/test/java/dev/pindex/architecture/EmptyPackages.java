package dev.pindex.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.List;

/** A rule over a package without classes passes while checking nothing: find such packages. */
final class EmptyPackages {

  private EmptyPackages() {}

  /** The packages named by {@link PindexRules} that hold no class, in them or below them. */
  static List<String> namedByRulesIn(JavaClasses classes, String root) {
    return PindexRules.packagesNamedByRules(root).stream()
        .filter(p -> classes.stream().map(c -> c.getPackageName()).noneMatch(q -> within(q, p)))
        .toList();
  }

  private static boolean within(String packageName, String ancestor) {
    return packageName.equals(ancestor) || packageName.startsWith(ancestor + ".");
  }
}
