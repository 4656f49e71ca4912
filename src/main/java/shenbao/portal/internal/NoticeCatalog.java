package shenbao.portal.internal;

import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Component;

import shenbao.platform.Platform;
import shenbao.portal.NoticeField;
import shenbao.portal.NoticeType;
import shenbao.program.ProgramDefinition;

/**
 * How a program of the deployment appears among the 申报通知. Reading: the program files carry no 业务领域 or 项目类型
 * (seed 002 §3.1.2 filters by both), so they are read from the program's family, i.e. its code without the year:
 * the Gansu centres, 示范企业 and 联盟 are 技术创新 recognitions (the 联盟 assessment an assessment), 揭榜挂帅 (003)
 * is 产业科技, and the Guangdong 生态合作伙伴 (002) a 智能制造 selection.
 */
@Component
class NoticeCatalog {

	private static final Map<String, NoticeField> FIELDS = Map.of("etc", NoticeField.TECH_INNOVATION, "itc",
			NoticeField.TECH_INNOVATION, "tide", NoticeField.TECH_INNOVATION, "alliance", NoticeField.TECH_INNOVATION,
			"jbgs", NoticeField.INDUSTRIAL_SCIENCE, "smp", NoticeField.SMART_MANUFACTURING);

	private static final Map<String, NoticeType> TYPES = Map.of("etc", NoticeType.RECOGNITION, "itc",
			NoticeType.RECOGNITION, "tide", NoticeType.RECOGNITION, "alliance", NoticeType.RECOGNITION, "jbgs",
			NoticeType.CHALLENGE, "smp", NoticeType.SELECTION);

	NoticeField field(ProgramDefinition program) {
		return FIELDS.getOrDefault(family(program), NoticeField.OTHER);
	}

	NoticeType type(ProgramDefinition program) {
		if (program.code().equals("alliance-assessment")) {
			return NoticeType.ASSESSMENT;
		}
		return TYPES.getOrDefault(family(program), NoticeType.OTHER);
	}

	/** A program's notice is dated when its application window opens. */
	Instant publishedAt(ProgramDefinition program) {
		return program.windows().apply().opens().atZone(Platform.ZONE).toInstant();
	}

	private static String family(ProgramDefinition program) {
		int dash = program.code().indexOf('-');
		return dash < 0 ? program.code() : program.code().substring(0, dash);
	}

}
