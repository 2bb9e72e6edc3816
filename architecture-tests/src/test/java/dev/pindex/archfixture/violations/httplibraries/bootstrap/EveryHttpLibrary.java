package dev.pindex.archfixture.violations.httplibraries.bootstrap;

/** One type of each library the rule names, so a misspelt package name shows. */
final class EveryHttpLibrary {
  io.javalin.Javalin app;
  jakarta.servlet.http.HttpServletRequest request;
  org.eclipse.jetty.server.Server server;
  com.fasterxml.jackson.databind.JsonNode node;
}
