package shenbao;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import shenbao.platform.Platform;

/**
 * {@code @Import(MovableTime.class)}: the application's clock becomes a {@link MutableClock} starting now, which a
 * test moves past a deadline instead of waiting. Test classes importing it alike share one Spring context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MovableTime {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock(Instant.now(), Platform.ZONE);
	}

}
