package shenbao.book.internal;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	/** The current certificate is registered at startup, so the check knows it before the first book is sealed. */
	@Bean
	SealCertificates sealCertificates(JdbcClient jdbc, Clock clock, PlatformSeal seal) {
		SealCertificates certificates = new SealCertificates(jdbc, clock);
		certificates.register(seal.certificate());
		return certificates;
	}

	@Bean
	SealCheck sealCheck(SealCertificates certificates) {
		return new SealCheck(certificates::all);
	}

}
