package fr.agora.adapter.out.persistence;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * Plugs the persistence adapter into any Spring Boot application that has this jar on its runtime classpath: the
 * REST adapter never compiles against it (the module graph keeps adapters apart), it only finds the out-port
 * implementations as beans. Runs after the DataSource and Flyway, so the schema is migrated before an adapter
 * touches it.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
@ComponentScan(basePackageClasses = PersistenceAutoConfiguration.class)
public class PersistenceAutoConfiguration {
}
