package shenbao.challenge;

import org.jspecify.annotations.Nullable;

/**
 * What the province writes for a task: {@code field} one of the eight key fields or 未来产业, {@code kind} one of
 * 核心基础 / 重点产品 / 公共支撑 / 示范应用; {@code version} is the one read (null for a new task).
 */
public record TaskDraft(String code, String field, String kind, String title, String content, String targetIndicators,
		String timeLimit, @Nullable Long version) {
}
