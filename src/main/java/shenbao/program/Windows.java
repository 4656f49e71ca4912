package shenbao.program;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * The time windows per level, as local times in Asia/Shanghai. A close time is exclusive: "5 月 30 日 24:00 关闭"
 * is written {@code 2026-05-31T00:00} (SPEC §3).
 */
public record Windows(Window apply, @Nullable LocalDateTime countyCloses, @Nullable LocalDateTime cityCloses,
		@Nullable LocalDateTime lettersClose) {

	/**
	 * A time as the seeds write deadlines: a close at midnight is the end of the day before ("2026-05-30 24:00"), not
	 * "2026-05-31 00:00", which people read as a day early.
	 */
	public static String shown(LocalDateTime time) {
		if (time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
			return time.toLocalDate().minusDays(1) + " 24:00";
		}
		return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(time);
	}

	public record Window(LocalDateTime opens, LocalDateTime closes) {

		public boolean isOpenAt(LocalDateTime time) {
			return !time.isBefore(this.opens) && time.isBefore(this.closes);
		}

	}

}
