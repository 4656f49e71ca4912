package shenbao.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

	/**
	 * Hashes carry their algorithm ({@code {bcrypt}…}), so a later move to argon2 (which needs Bouncy Castle) can
	 * re-hash at login without invalidating existing passwords. New hashes are bcrypt.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
