package dev.pindex.web.dto;

import dev.pindex.domain.model.Email;
import dev.pindex.domain.model.PlainPassword;
import dev.pindex.domain.port.in.AuthenticateCommand;
import dev.pindex.domain.port.in.RegisterUserCommand;

/** {@code {"email","password"}}: the body of registration and of a token request. */
public record CredentialsJson(String email, String password) {

  /** A new account's credentials, checked as the value objects require. */
  public RegisterUserCommand toRegisterCommand() {
    FieldChecks checks = new FieldChecks();
    Email checkedEmail = checks.required("email", email, Email::new);
    PlainPassword checkedPassword = checks.required("password", password, PlainPassword::new);
    checks.throwIfAny("The account is invalid.");
    return new RegisterUserCommand(checkedEmail, checkedPassword);
  }

  /**
   * A login's credentials, only required to be present: checking them against the rules of new
   * accounts would tell a guesser which e-mails cannot exist.
   */
  public AuthenticateCommand toAuthenticateCommand() {
    FieldChecks checks = new FieldChecks();
    checks.present("email", email);
    checks.present("password", password);
    checks.throwIfAny("The credentials are incomplete.");
    return new AuthenticateCommand(email, password);
  }

  @Override
  public String toString() {
    return "CredentialsJson[email=" + email + ", password=***]";
  }
}
