package dev.pulseboard.operations;

import org.springframework.boot.autoconfigure.preinitialize.BackgroundPreinitializer;
import org.springframework.jdbc.support.SQLErrorCodesFactory;

/**
 * Reads Spring's {@code sql-error-codes.xml} on Boot's background pre-initialization thread while the main thread
 * prepares the application context. Spring Session's JDBC repository gives its template an error-code translator,
 * which reads that XML file at once (an XML parser and Spring's XML bean-definition reader, about 300 classes)
 * when the {@code sessionRepository} bean is made during the start (issue 18, BENCHMARKS). The file is read once
 * per JVM either way; this only moves it off the start's critical path. Registered in {@code spring.factories}.
 */
public class SqlErrorCodesPreinitializer implements BackgroundPreinitializer {

    @Override
    public void preinitialize() {
        SQLErrorCodesFactory.getInstance();
    }
}
