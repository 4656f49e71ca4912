package shenbao.platform;

import java.time.ZoneId;
import java.util.Locale;

/** Constants every module shares. */
public final class Platform {

	/** SPEC §3: all times are Asia/Shanghai. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** The platform speaks Chinese; English bundles are only the fallback for missing keys. */
	public static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

	private Platform() {
	}

}
