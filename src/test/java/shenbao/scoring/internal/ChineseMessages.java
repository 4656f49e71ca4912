package shenbao.scoring.internal;

import java.util.Locale;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.i18n.LocaleContextHolder;

/** Rule tests read the Chinese messages users see, whatever the JVM's own locale is. */
final class ChineseMessages implements BeforeEachCallback, AfterEachCallback {

	@Override
	public void beforeEach(ExtensionContext context) {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		LocaleContextHolder.resetLocaleContext();
	}

}
