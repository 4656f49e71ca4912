package shenbao.platform;

import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * Chinese first: every request, and every message resolved outside a request (filters, jobs), uses zh_CN whatever
 * the browser or the JVM says.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

	LocaleConfiguration() {
		LocaleContextHolder.setDefaultLocale(Platform.LOCALE);
	}

	@Bean
	LocaleResolver localeResolver() {
		return new FixedLocaleResolver(Platform.LOCALE);
	}

}
