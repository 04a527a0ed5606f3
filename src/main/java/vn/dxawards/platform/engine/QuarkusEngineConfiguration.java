package vn.dxawards.platform.engine;

import java.util.List;

import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.CommandContextInterceptor;
import org.camunda.bpm.engine.impl.interceptor.CommandCounterInterceptor;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.JakartaTransactionInterceptor;
import org.camunda.bpm.engine.impl.interceptor.LogInterceptor;

/**
 * The engine configuration on Quarkus' datasource and transaction manager.
 *
 * <p>The engine runs its schema commands outside a transaction and enlists the connection later;
 * Agroal refuses such deferred enlistment, so the schema-operations chain opens a JTA transaction
 * first, like the user-command chain does.
 */
class QuarkusEngineConfiguration extends JakartaTransactionProcessEngineConfiguration {

    @Override
    protected void initCommandExecutorDbSchemaOperations() {
        if (commandExecutorSchemaOperations == null) {
            List<CommandInterceptor> chain = List.of(
                    new LogInterceptor(),
                    new CommandCounterInterceptor(this),
                    new JakartaTransactionInterceptor(transactionManager, false, this),
                    new CommandContextInterceptor(dbSchemaOperationsCommandContextFactory, this),
                    actualCommandExecutor);
            commandExecutorSchemaOperations = initInterceptorChain(new java.util.ArrayList<>(chain));
        }
    }

    /**
     * Parses the engine's MyBatis mappings alone, as {@link #initSqlSessionFactory()} would for this
     * database type, without touching the database (see {@link SqlMappings}).
     */
    org.apache.ibatis.session.SqlSessionFactory parseSqlMappings(String type, javax.sql.DataSource placeholder) {
        setDatabaseType(type);
        setDataSource(placeholder);
        setTransactionsExternallyManaged(true);
        initTransactionFactory();
        initSqlSessionFactory();
        return getSqlSessionFactory();
    }
}
