package shenbao.review;

/**
 * What a reviewer decides (SPEC §10). {@code RECOMMEND} and {@code APPROVE} both pass the application to the next
 * level (审核通过 / 推荐); {@code RETURN} needs a reason and a {@link ReturnTarget}; {@code NOT_RECOMMEND} ends it
 * with a reason; {@code RECALL} takes back the caller's level's last recommendation while the next level has not
 * acted.
 */
public enum ReviewAction {

	RECOMMEND, APPROVE, RETURN, NOT_RECOMMEND, RECALL

}
