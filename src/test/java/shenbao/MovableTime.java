package shenbao;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import shenbao.platform.Platform;

/**
 * {@code @Import(MovableTime.class)}: the application's clock becomes a {@link MutableClock} starting now, which a
 * test moves past a deadline instead of waiting. Test classes importing it alike share one Spring context, so each
 * also declares {@code @ExtendWith(MovableTime.Restored.class)}, which puts the clock back after every test.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MovableTime {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock(Instant.now(), Platform.ZONE);
	}

	/** Remembers the shared clock before each test and puts it back after it, whatever the test did with it. */
	public static final class Restored implements BeforeEachCallback, AfterEachCallback {

		private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(Restored.class);

		@Override
		public void beforeEach(ExtensionContext context) {
			context.getStore(STORE).put("started", clock(context).instant());
		}

		@Override
		public void afterEach(ExtensionContext context) {
			Instant started = context.getStore(STORE).get("started", Instant.class);
			MutableClock clock = clock(context);
			if (started != null) {
				clock.advance(Duration.between(clock.instant(), started));
			}
		}

		private static MutableClock clock(ExtensionContext context) {
			return SpringExtension.getApplicationContext(context).getBean(MutableClock.class);
		}

	}

}
