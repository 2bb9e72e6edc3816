/** A package-info is imported as a class; the rules must not mistake it for a model. */
package dev.pindex.archfixture.compliant.domain.model;
