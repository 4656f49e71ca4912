package shenbao.review.internal;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import shenbao.document.Documents;
import shenbao.document.FileAccess;
import shenbao.document.StoredFile;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.NotFound;
import shenbao.platform.Platform;
import shenbao.platform.RuleViolation;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.program.ReviewChain.ReviewLevel;
import shenbao.program.Windows;
import shenbao.region.Regions;
import shenbao.review.Letter;
import shenbao.review.RecommendationLetters;

/**
 * {@link RecommendationLetters}, and the {@link FileAccess} that lets the level above open them at
 * {@code /files/{id}}.
 */
@Service
class Letters implements RecommendationLetters, FileAccess {

	private final JdbcClient jdbc;

	private final Documents documents;

	private final Programs programs;

	private final Regions regions;

	private final Clock clock;

	private final shenbao.deadline.Deadlines deadlines;

	Letters(JdbcClient jdbc, Documents documents, Programs programs, Regions regions, Clock clock,
			shenbao.deadline.Deadlines deadlines) {
		this.deadlines = deadlines;
		this.jdbc = jdbc;
		this.documents = documents;
		this.programs = programs;
		this.regions = regions;
		this.clock = clock;
	}

	@Override
	public Letter upload(Caller caller, String programCode, InputStream content, String filename) {
		ReviewLevel level = switch (caller.role()) {
			case COUNTY_REVIEWER -> ReviewLevel.COUNTY;
			case CITY_REVIEWER -> ReviewLevel.CITY;
			default -> throw new NotFound("review.letters.not-found");
		};
		ProgramDefinition program = this.programs.get(programCode);
		String region = caller.regionCode();
		if (region == null || !this.regions.isWithin(region, program.province())) {
			throw new NotFound("review.letters.not-found");
		}
		LocalDateTime closes = this.deadlines.closes(program, shenbao.deadline.WindowKind.LETTERS);
		if (closes != null && !LocalDateTime.now(this.clock.withZone(Platform.ZONE)).isBefore(closes)) {
			throw new RuleViolation("review.letters.closed", Windows.shown(closes));
		}
		StoredFile file = this.documents.storePdf(content, filename, null);
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO recommendation_letter (program_code, region_code, level, stored_file_id, filename, size_bytes,
				    sha256, uploaded_by, uploader_name, uploaded_at)
				VALUES (:program, :region, :level, :file, :filename, :size, :sha, :by, :name, :at)
				""")
			.param("program", programCode)
			.param("region", region)
			.param("level", level.name())
			.param("file", file.id())
			.param("filename", file.filename())
			.param("size", file.size())
			.param("sha", file.sha256())
			.param("by", caller.accountId())
			.param("name", caller.displayName())
			.param("at", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update(keys, "id");
		return find(keys.getKeyAs(Number.class).longValue()).orElseThrow();
	}

	@Override
	public List<Letter> list(Caller caller, String programCode) {
		this.programs.get(programCode);
		return this.jdbc.sql("SELECT * FROM recommendation_letter WHERE program_code = :program ORDER BY id DESC")
			.param("program", programCode)
			.query(this::map)
			.list()
			.stream()
			.filter(letter -> visible(caller, letter))
			.toList();
	}

	@Override
	public Letter get(Caller caller, long letterId) {
		return find(letterId).filter(letter -> visible(caller, letter))
			.orElseThrow(() -> new NotFound("review.letters.not-found"));
	}

	@Override
	public boolean mayRead(Caller caller, StoredFile file) {
		return this.jdbc.sql("SELECT * FROM recommendation_letter WHERE stored_file_id = :file")
			.param("file", file.id())
			.query(this::map)
			.list()
			.stream()
			.anyMatch(letter -> visible(caller, letter));
	}

	/** The uploader's own region, and every level above it within the reviewer's region. */
	private boolean visible(Caller caller, Letter letter) {
		String region = caller.regionCode();
		if (caller.role() == Role.SYSTEM_ADMIN) {
			return true;
		}
		if (region == null) {
			return false;
		}
		return switch (caller.role()) {
			case COUNTY_REVIEWER -> letter.regionCode().equals(region);
			case CITY_REVIEWER, PROVINCE_REVIEWER -> this.regions.isWithin(letter.regionCode(), region);
			default -> false;
		};
	}

	private java.util.Optional<Letter> find(long id) {
		return this.jdbc.sql("SELECT * FROM recommendation_letter WHERE id = :id")
			.param("id", id)
			.query(this::map)
			.optional();
	}

	private Letter map(ResultSet rs, int row) throws SQLException {
		return new Letter(rs.getLong("id"), rs.getString("program_code"), rs.getString("region_code"),
				ReviewLevel.valueOf(rs.getString("level")), rs.getObject("stored_file_id", UUID.class),
				rs.getString("filename"), rs.getLong("size_bytes"), rs.getString("sha256"),
				rs.getString("uploader_name"), rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
	}

}
