package shenbao.book.internal;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform seal, loaded (or, in the demo, generated) at startup: a missing key stops the start, not a submit. */
@Configuration(proxyBeanMethods = false)
class BookConfiguration {

	@Bean
	PlatformSeal platformSeal(SealProperties properties, @Value("${shenbao.demo.enabled:false}") boolean demo,
			@Value("${shenbao.storage.root:./data/files}") Path storageRoot, Clock clock) {
		return PlatformSeal.load(properties, demo, storageRoot, clock);
	}

	@Bean
	PadesSigner padesSigner(PlatformSeal seal) {
		return new PadesSigner(seal);
	}

	@Bean
	SealCheck sealCheck(PlatformSeal seal) {
		return new SealCheck(seal.certificate());
	}

}
