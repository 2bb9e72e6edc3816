package dev.pindex.persistence.mapper;

import java.time.Instant;

/** A row of {@code users} without its password hash. */
public record UserRow(long id, String email, String role, Instant createdAt) {}
