--liquibase formatted sql

-- The pindex schema: one changelog, applied at start and by `db migrate`, through
-- dev.pindex.persistence.LiquibaseMigrations. Every changeset runs in its own transaction
-- (PostgreSQL DDL is transactional) and carries a rollback that undoes exactly what it did.
-- The changesets are ordered so that rolling back one at a time, newest first, always works:
-- tables with foreign keys come after the tables they reference, and the trigger function
-- comes before every table whose trigger calls it.
--
-- Constraint naming convention. The persistence adapter turns SQLState 23xxx into client
-- messages by constraint name, so these names are part of its contract: renaming one is a
-- breaking change that needs a new changeset and a matching change in the translation.
--   pk_<table>                    primary key (unless the design names its index, below)
--   idx_<design name>             primary key whose index the design names:
--                                 idx_price_asset_date, idx_index_value_date, idx_allocation_date
--   fk_<table>_<referenced>       foreign key                      (23503)
--   uq_<table>_<columns>[_<how>]  unique constraint or unique index (23505)
--   ck_<table>_<column>_<rule>    check constraint                 (23514)
--   idx_<table>_<columns>         plain index
--   trg_<table>_touch_updated_at  the trigger that keeps updated_at
-- NOT NULL violations (23502) carry no constraint name in PostgreSQL 17; the error names the
-- column instead.
--
-- Every table has created_at and updated_at, both defaulting to now(); the database keeps
-- updated_at current through touch_updated_at(), so no statement has to remember to set it.

--changeset pindex:001-touch-updated-at-function splitStatements:false
--comment: one trigger function shared by every table's BEFORE UPDATE trigger
CREATE FUNCTION touch_updated_at() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  NEW.updated_at = now();
  RETURN NEW;
END;
$$;
--rollback DROP FUNCTION touch_updated_at();

--changeset pindex:002-users
--comment: accounts; emails are unique regardless of case, as the API promises
CREATE TABLE users (
  id            bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT pk_users PRIMARY KEY,
  email         text NOT NULL,
  password_hash text NOT NULL,
  role          text NOT NULL DEFAULT 'user'
                CONSTRAINT ck_users_role_allowed CHECK (role IN ('user', 'admin')),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX uq_users_email_lower ON users (lower(email));
CREATE TRIGGER trg_users_touch_updated_at BEFORE UPDATE ON users
  FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
--rollback DROP TABLE users;

--changeset pindex:003-assets
--comment: the symbol rule repeats the API's (1 to 16 of A-Z 0-9 . - ^ =, upper-cased before use) so no path can store another
CREATE TABLE assets (
  id         bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT pk_assets PRIMARY KEY,
  symbol     varchar(16) NOT NULL
             CONSTRAINT uq_assets_symbol UNIQUE
             CONSTRAINT ck_assets_symbol_format CHECK (symbol ~ '^[A-Z0-9.^=-]{1,16}$'),
  name       text NOT NULL
             CONSTRAINT ck_assets_name_not_blank CHECK (name ~ '[^[:space:]]'),
  sector     text
             CONSTRAINT ck_assets_sector_not_blank CHECK (sector ~ '[^[:space:]]'),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER trg_assets_touch_updated_at BEFORE UPDATE ON assets
  FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
--rollback DROP TABLE assets;

--changeset pindex:004-prices
--comment: daily closes; the key (asset_id, date) is also the index for per-asset date ranges and for the asset-delete check
CREATE TABLE prices (
  asset_id   bigint NOT NULL
             CONSTRAINT fk_prices_asset REFERENCES assets (id) ON DELETE RESTRICT,
  date       date NOT NULL,
  close      numeric(20, 6) NOT NULL
             CONSTRAINT ck_prices_close_positive CHECK (close > 0),
  volume     bigint NOT NULL
             CONSTRAINT ck_prices_volume_non_negative CHECK (volume >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT idx_price_asset_date PRIMARY KEY (asset_id, date)
);
CREATE TRIGGER trg_prices_touch_updated_at BEFORE UPDATE ON prices
  FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
--rollback DROP TABLE prices;

--changeset pindex:005-index-values
--comment: one index level per day
CREATE TABLE index_values (
  date       date CONSTRAINT idx_index_value_date PRIMARY KEY,
  value      numeric(20, 6) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER trg_index_values_touch_updated_at BEFORE UPDATE ON index_values
  FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
--rollback DROP TABLE index_values;

--changeset pindex:006-allocations
--comment: portfolio weights per day; the sum-to-one rule spans rows, so the service checks it, not a CHECK
CREATE TABLE allocations (
  date       date NOT NULL,
  asset_id   bigint NOT NULL
             CONSTRAINT fk_allocations_asset REFERENCES assets (id) ON DELETE RESTRICT,
  weight     numeric(11, 10) NOT NULL
             CONSTRAINT ck_allocations_weight_range CHECK (weight >= 0 AND weight <= 1),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT idx_allocation_date PRIMARY KEY (date, asset_id)
);
-- the key leads with date, so without this index deleting an asset would scan allocations
CREATE INDEX idx_allocations_asset_id ON allocations (asset_id);
CREATE TRIGGER trg_allocations_touch_updated_at BEFORE UPDATE ON allocations
  FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
--rollback DROP TABLE allocations;

--changeset pindex:007-strategy-config
--comment: per-user strategies; version backs the API's ETag / If-Match; uq_strategy_config_user_name also serves the user_id foreign key
CREATE TABLE strategy_config (
  id                    bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT pk_strategy_config PRIMARY KEY,
  user_id               bigint NOT NULL
                        CONSTRAINT fk_strategy_config_user REFERENCES users (id) ON DELETE CASCADE,
  name                  text NOT NULL
                        CONSTRAINT ck_strategy_config_name_not_blank CHECK (name ~ '[^[:space:]]')
                        CONSTRAINT ck_strategy_config_name_length CHECK (char_length(name) <= 100),
  momentum_weight       numeric(11, 10) NOT NULL
                        CONSTRAINT ck_strategy_config_momentum_weight_range
                        CHECK (momentum_weight >= 0 AND momentum_weight <= 1),
  value_weight          numeric(11, 10) NOT NULL
                        CONSTRAINT ck_strategy_config_value_weight_range
                        CHECK (value_weight >= 0 AND value_weight <= 1),
  quality_weight        numeric(11, 10) NOT NULL
                        CONSTRAINT ck_strategy_config_quality_weight_range
                        CHECK (quality_weight >= 0 AND quality_weight <= 1),
  low_volatility_weight numeric(11, 10) NOT NULL
                        CONSTRAINT ck_strategy_config_low_volatility_weight_range
                        CHECK (low_volatility_weight >= 0 AND low_volatility_weight <= 1),
  max_position_weight   numeric(11, 10) NOT NULL
                        CONSTRAINT ck_strategy_config_max_position_weight_range
                        CHECK (max_position_weight > 0 AND max_position_weight <= 1),
  rebalance_frequency   text NOT NULL
                        CONSTRAINT ck_strategy_config_rebalance_frequency_allowed
                        CHECK (rebalance_frequency IN ('daily', 'weekly', 'monthly', 'quarterly')),
  version               integer NOT NULL DEFAULT 1
                        CONSTRAINT ck_strategy_config_version_positive CHECK (version >= 1),
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT ck_strategy_config_factor_weights_sum CHECK (
    abs(momentum_weight + value_weight + quality_weight + low_volatility_weight - 1) <= 0.000001),
  CONSTRAINT uq_strategy_config_user_name UNIQUE (user_id, name)
);
CREATE TRIGGER trg_strategy_config_touch_updated_at BEFORE UPDATE ON strategy_config
  FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
--rollback DROP TABLE strategy_config;

--changeset pindex:008-risk-metrics
--comment: daily risk figures; max_drawdown is a fraction of the peak (-0.35 is a 35 % fall)
CREATE TABLE risk_metrics (
  date          date CONSTRAINT pk_risk_metrics PRIMARY KEY,
  sharpe_ratio  numeric(20, 10) NOT NULL,
  sortino_ratio numeric(20, 10) NOT NULL,
  volatility    numeric(20, 10) NOT NULL
                CONSTRAINT ck_risk_metrics_volatility_non_negative CHECK (volatility >= 0),
  max_drawdown  numeric(20, 10) NOT NULL
                CONSTRAINT ck_risk_metrics_max_drawdown_range CHECK (max_drawdown >= -1 AND max_drawdown <= 0),
  var_95        numeric(20, 10) NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER trg_risk_metrics_touch_updated_at BEFORE UPDATE ON risk_metrics
  FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
--rollback DROP TABLE risk_metrics;
