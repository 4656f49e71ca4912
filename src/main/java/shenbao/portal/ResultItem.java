package shenbao.portal;

import java.time.Instant;

/** One row of 结果公示: a 公示 or a final 认定名单, with the date it was published and its page. */
public record ResultItem(String title, boolean finalList, Instant at, String path) {
}
