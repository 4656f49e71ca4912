package shenbao.program;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * The time windows per level, as local times in Asia/Shanghai. A close time is exclusive: "5 月 30 日 24:00 关闭"
 * is written {@code 2026-05-31T00:00} (SPEC §3).
 */
public record Windows(Window apply, @Nullable LocalDateTime countyCloses, @Nullable LocalDateTime cityCloses,
		@Nullable LocalDateTime lettersClose) {

	public record Window(LocalDateTime opens, LocalDateTime closes) {

		public boolean isOpenAt(LocalDateTime time) {
			return !time.isBefore(this.opens) && time.isBefore(this.closes);
		}

	}

}
