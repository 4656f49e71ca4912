package shenbao.application;

/** How many applications of one program, 县区 (with its 市州) and status there are. */
public record ApplicationCount(String programCode, String cityCode, String regionCode, ApplicationStatus status,
		long count) {
}
