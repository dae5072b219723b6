package dev.baton.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that crosses a process boundary: it starts Baton's HTTP server, a database on disk or PostgreSQL,
 * a browser, another process, or a stand-in platform on a loopback port. Failsafe runs these after the jar
 * is built ({@code mvn verify}); Surefire runs the rest, in-memory and fast ({@code mvn test}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(IntegrationTest.TAG)
public @interface IntegrationTest {

    String TAG = "integration";
}
