package shenbao.platform;

import java.time.ZoneId;

/** Constants every module shares. */
public final class Platform {

	/** SPEC §3: all times are Asia/Shanghai. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private Platform() {
	}

}
