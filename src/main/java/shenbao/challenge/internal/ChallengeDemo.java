package shenbao.challenge.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data (SPEC §11): a published 2025 榜单 with tasks from the fields of seed 003, so that the demo
 * {@code applicant} can take one up with {@code partner} (武威绿洲新材料研究院) as its participant. Created only when
 * the year has no board yet. The tasks are made up for the demo; their fields and kinds are the seed's.
 */
@Component
@ConditionalOnBooleanProperty("shenbao.demo.enabled")
class ChallengeDemo implements ApplicationRunner {

	static final int YEAR = 2025;

	private final JdbcClient jdbc;

	private final Clock clock;

	ChallengeDemo(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record DemoTask(String code, String field, String kind, String title, String content, String indicators,
			String limit) {
	}

	static final List<DemoTask> TASKS = List.of(
			new DemoTask("JBGS2025-01", "新材料", "核心基础", "高性能镍基合金粉末制备关键技术",
					"突破气雾化制粉、粒度控制与氧含量控制技术，形成增材制造用镍基合金粉末批量制备能力。",
					"粉末氧含量≤150ppm；15–53μm 收得率≥45%；形成年产 100 吨中试线。", "2027年12月31日前完成"),
			new DemoTask("JBGS2025-02", "能源化工", "示范应用", "煤化工高盐废水近零排放示范",
					"研发分盐结晶与膜浓缩耦合工艺，在省内煤化工园区建成示范工程。",
					"废水回用率≥95%；结晶盐品质达到工业盐标准；示范工程处理能力≥200m³/h。", "2027年6月30日前完成"),
			new DemoTask("JBGS2025-03", "智能装备", "重点产品", "高原型智能农机装备关键部件",
					"面向河西走廊戈壁农业，研制适应高海拔、大温差工况的智能农机核心部件。",
					"关键部件寿命≥3000h；整机作业效率提升20%；实现首台套应用。", "2027年12月31日前完成"),
			new DemoTask("JBGS2025-04", "未来产业", "公共支撑", "氢能储运装备测试验证平台",
					"建设高压储氢容器与管道材料的测试验证公共平台，面向省内企业开放服务。",
					"具备 70MPa 循环试验能力；年服务企业≥20家；形成标准或规范 2 项。", "2027年12月31日前完成"));

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (this.jdbc.sql("SELECT COUNT(*) FROM challenge_board WHERE board_year = :year")
			.param("year", YEAR)
			.query(Long.class)
			.single() > 0) {
			return;
		}
		this.jdbc.sql("INSERT INTO challenge_board (board_year, published_at, published_by) VALUES (:year, :at, :by)")
			.param("year", YEAR)
			.param("at", Db.time(this.clock.instant()))
			.param("by", "甘肃省工信厅创新处")
			.update();
		for (DemoTask task : TASKS) {
			this.jdbc.sql("""
					INSERT INTO challenge_task (board_year, code, field, kind, title, content, target_indicators,
					    time_limit)
					VALUES (:year, :code, :field, :kind, :title, :content, :indicators, :limit)
					""")
				.param("year", YEAR)
				.param("code", task.code())
				.param("field", task.field())
				.param("kind", task.kind())
				.param("title", task.title())
				.param("content", task.content())
				.param("indicators", task.indicators())
				.param("limit", task.limit())
				.update();
		}
	}

}
