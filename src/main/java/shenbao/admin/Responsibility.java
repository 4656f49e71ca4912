package shenbao.admin;

import org.jspecify.annotations.Nullable;

/** Which department of a region answers for a program (责任科室); the department is null until one is set. */
public record Responsibility(String programCode, String programName, @Nullable Long departmentId,
		@Nullable String departmentName) {
}
