package shenbao.portal;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import shenbao.identity.Caller;

/**
 * The portal's items, as the public reads them and as province staff publish and edit them. Writes are for
 * province reviewers only; to anyone else the back office does not exist ({@link shenbao.platform.NotFound}).
 */
public interface PortalContent {

	/** Items of one kind, newest first, optionally only those whose title or text contains {@code words}. */
	List<PortalItem> list(ItemKind kind, @Nullable String words);

	/** The item of that kind, or {@link shenbao.platform.NotFound}. */
	PortalItem get(ItemKind kind, long id);

	/** 申报通知: the programs of the deployment and the province's own notices, filtered, newest first. */
	List<Notice> notices(NoticeFilter filter);

	/** Notices, policies, 公示 and results, guides and FAQ whose title or text contains {@code words}. */
	List<SearchHit> search(String words);

	List<Contact> contacts();

	/**
	 * Publishes a new item, or saves an existing one ({@code id} not null) when {@code draft.version()} is still the
	 * stored version. The rich text is sanitised before it is stored.
	 * @throws shenbao.platform.InvalidInput (400) naming the fields at fault
	 * @throws shenbao.platform.Conflict (409) when someone saved the item in the meantime
	 */
	PortalItem save(Caller caller, @Nullable Long id, ItemDraft draft);

	/**
	 * Attaches the downloadable PDF of a guide, streamed to storage first: call outside a transaction.
	 * @throws shenbao.platform.UnsupportedMedia (415) when the bytes are not a PDF
	 */
	PortalItem attachFile(Caller caller, long guideId, InputStream content, String filename);

	void delete(Caller caller, long id);

	/** Whether the caller may use the back office (province reviewers). */
	boolean manages(@Nullable Caller caller);

	/** The published policies meant for any of a unit's 企业标签 (the portal's 政策推荐), newest first. */
	List<PortalItem> recommendedPolicies(Collection<String> unitTags);

}
