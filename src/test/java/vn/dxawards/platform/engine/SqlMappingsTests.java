package vn.dxawards.platform.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.sql.DataSource;

import org.apache.ibatis.session.SqlSessionFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The engine's SQL mappings are parsed beside the start and then serve the engine on the real datasource. */
@QuarkusTest
class SqlMappingsTests {

    @Inject
    ProcessEngine engine;

    @Inject
    DataSource dataSource;

    @Test
    void theRunningEngineWorksOnTheApplicationsDatasource() {
        SqlSessionFactory factory = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getSqlSessionFactory();
        assertSame(dataSource, factory.getConfiguration().getEnvironment().getDataSource());
        assertEquals("postgres", ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType());
        // and it answers through them
        assertNotNull(engine.getRepositoryService().createProcessDefinitionQuery().count());
    }

    @Test
    void mappingsParsedAheadAreTakenOnceForTheirDatabaseOnly() {
        SqlMappings.startParsing("postgres");
        assertNull(SqlMappings.take("h2", dataSource), "mappings parsed for another database are not used");
        assertNull(SqlMappings.take("postgres", dataSource), "the parse was dropped with the refused take");

        SqlMappings.startParsing("postgres");
        SqlSessionFactory parsed = SqlMappings.take("postgres", dataSource);
        assertNotNull(parsed);
        assertSame(dataSource, parsed.getConfiguration().getEnvironment().getDataSource());
        assertTrue(parsed.getConfiguration().getMappedStatementNames().size() > 500,
                "the engine's statements: " + parsed.getConfiguration().getMappedStatementNames().size());
        assertNull(SqlMappings.take("postgres", dataSource), "one parse serves one engine");
        assertNull(SqlMappings.databaseType("oracle"));
        assertEquals("postgres", SqlMappings.databaseType("postgresql"));
        assertEquals("h2", SqlMappings.databaseType("h2"));
    }
}
