package dev.pindex.archfixture.compliant.persistence;

import dev.pindex.archfixture.compliant.domain.model.Currency;
import dev.pindex.archfixture.compliant.domain.model.Price;
import dev.pindex.archfixture.compliant.domain.port.out.PriceRepository;
import dev.pindex.archfixture.compliant.persistence.mapper.PriceMapper;
import java.util.Optional;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

public final class MyBatisPriceRepository implements PriceRepository {
  private final SqlSessionFactory sessions;

  public MyBatisPriceRepository(DataSource dataSource) {
    Configuration configuration =
        new Configuration(new Environment("pindex", new JdbcTransactionFactory(), dataSource));
    configuration.addMapper(PriceMapper.class);
    this.sessions = new SqlSessionFactoryBuilder().build(configuration);
  }

  @Override
  public Optional<Price> find(String symbol) {
    try (SqlSession session = sessions.openSession()) {
      return Optional.ofNullable(session.getMapper(PriceMapper.class).find(symbol))
          .map(row -> new Price(row.symbol(), row.close(), Currency.valueOf(row.currency())));
    }
  }
}
