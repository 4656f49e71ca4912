package shenbao.portal.web;

import java.util.List;

import org.springframework.stereotype.Component;

import shenbao.enterprise.UnitTags;
import shenbao.identity.Callers;
import shenbao.portal.PortalContent;
import shenbao.portal.PortalItem;

/**
 * 政策推荐 (Guangdong manual §3.1.1.4): "如果企业用户已经登陆, 系统会根据企业标签进行政策推荐"; a visitor, a reviewer or a
 * unit without tags gets none and sees the plain list.
 */
@Component
class PolicyRecommendations {

	private final Callers callers;

	private final UnitTags tags;

	private final PortalContent content;

	PolicyRecommendations(Callers callers, UnitTags tags, PortalContent content) {
		this.callers = callers;
		this.tags = tags;
		this.content = content;
	}

	/** The policies recommended to the signed-in unit, newest first. */
	List<PortalItem> forCaller() {
		return this.callers.find()
			.map(caller -> caller.unitId())
			.map(unitId -> this.content.recommendedPolicies(this.tags.of(unitId)))
			.orElse(List.of());
	}

}
