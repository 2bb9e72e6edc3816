package dev.pindex.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import dev.pindex.persistence.mapper.ScratchMapper;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.LocalCacheScope;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The MyBatis configuration; building it opens no connection. */
class MyBatisSessionFactoryTest {

  private static Configuration configuration() {
    return MyBatisSessionFactory.create(
            new PGSimpleDataSource(), new MetricRegistry(), StatementLogging.DEFAULTS)
        .getConfiguration();
  }

  @Test
  void results_are_cached_for_one_statement_only() {
    assertThat(configuration().getLocalCacheScope()).isEqualTo(LocalCacheScope.STATEMENT);
  }

  @Test
  void snake_case_columns_map_to_camel_case_properties() {
    assertThat(configuration().isMapUnderscoreToCamelCase()).isTrue();
  }

  @Test
  void results_are_read_whole_without_a_cursor() {
    assertThat(configuration().getDefaultFetchSize()).isNull();
  }

  @Test
  void registers_the_mappers_of_the_mapper_package() {
    assertThat(configuration().hasMapper(ScratchMapper.class)).isTrue();
  }
}
