package dev.pindex.archfixture.violations.portsignature.domain.port.out;

import dev.pindex.archfixture.violations.portsignature.domain.model.Price;
import java.util.List;
import java.util.Optional;

public interface PriceRepository {
  List<Price> findAll(java.sql.Connection connection);

  Optional<org.apache.ibatis.session.SqlSession> currentSession();
}
