-- GET /health/ready: JdbcDatabaseHealth's probe
SELECT 1;
