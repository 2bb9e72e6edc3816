package dev.pindex.persistence.mapper;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * Statements over the tests' scratch tables (see {@code ScratchTables}). It lives in the mapper
 * package so that the tests also prove the package scan registers it.
 */
public interface ScratchMapper {

  @Insert("INSERT INTO scratch_note (owner, label) VALUES (#{owner}, #{label})")
  int addNote(@Param("owner") String owner, @Param("label") String label);

  // a write MyBatis does not see as one: it runs as a select and leaves the session clean
  @Select("INSERT INTO scratch_note (owner, label) VALUES (#{owner}, #{label}) RETURNING label")
  String addNoteThroughSelect(@Param("owner") String owner, @Param("label") String label);

  @Select("SELECT label FROM scratch_note WHERE owner = #{owner} ORDER BY label")
  List<String> notes(@Param("owner") String owner);

  @Insert("INSERT INTO scratch_parent (id) VALUES (#{id})")
  int addParent(@Param("id") long id);

  @Insert(
      "INSERT INTO scratch_child (parent_id, quantity)"
          + " VALUES (#{parentId}, #{quantity,jdbcType=INTEGER})")
  int addChild(@Param("parentId") long parentId, @Param("quantity") Integer quantity);

  @Select("SELECT pg_backend_pid()")
  int backendPid();

  @Select("SELECT current_setting('transaction_read_only')")
  String transactionReadOnly();

  @Select("SELECT 1 / #{divisor}")
  int divide(@Param("divisor") int divisor);

  @Select("SELEC 1")
  int misspelledSelect();

  @Update("SET LOCAL statement_timeout = 50")
  void shortenStatementTimeout();

  @Select("SELECT #{label} FROM pg_sleep(#{seconds})")
  String labelAfterSleeping(@Param("label") String label, @Param("seconds") double seconds);

  @Select("SELECT pg_sleep(1)::text")
  String sleepOneSecond();

  @Update("DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = '40001'; END $$")
  void failSerialization();
}
