package shenbao.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** All deadlines are read in Asia/Shanghai from one injected clock, so tests can fix the time. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock() {
		return Clock.system(Platform.ZONE);
	}

}
