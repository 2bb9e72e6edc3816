/** A package-info is imported as a class; the rules must not ask it to be a service. */
package dev.pindex.archfixture.compliant.domain.service;
