/** A package-info is an interface in bytecode; the rules must not ask it to be a use case. */
package dev.pindex.archfixture.compliant.domain.port.in;
