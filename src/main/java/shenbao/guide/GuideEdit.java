package shenbao.guide;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a city writes for one or more programs at once (批量编辑 "将会覆盖原来填写的所有内容"): the guide's text, its
 * PDF (null: keep the one it has), the window, the named-list switch, and county review with its deadline (null: keep
 * the city's current setting). {@code id} names the guide to overwrite (null: the guide of the first program, or a
 * new one); {@code published} publishes or withdraws it in the same step (null: as it is); {@code version} guards
 * against a stale edit.
 */
public record GuideEdit(@Nullable Long id, List<String> programs, String title, String body, @Nullable UUID pdfId,
		@Nullable String pdfFilename, @Nullable LocalDateTime applyOpens, @Nullable LocalDateTime applyCloses,
		boolean restricted, @Nullable Boolean countyReview, @Nullable LocalDateTime countyCloses,
		@Nullable Boolean published, @Nullable Integer version) {

	public GuideEdit {
		programs = List.copyOf(programs);
	}

}
