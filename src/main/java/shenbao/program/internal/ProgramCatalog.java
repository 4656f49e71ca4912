package shenbao.program.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import shenbao.platform.NotFound;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.program.Windows;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads every {@code programs/*.yaml} once at startup. A file that breaks an invariant stops startup with the file,
 * the YAML path and the reason. With demo data on, each program's windows are moved (gaps kept) so that its
 * application window is open today (SPEC §11).
 */
@Component
public class ProgramCatalog implements Programs {

	public static final String LOCATION = "classpath*:programs/*.yaml";

	private static final Logger log = LoggerFactory.getLogger(ProgramCatalog.class);

	private final Map<String, ProgramDefinition> byCode;

	ProgramCatalog(Clock clock, @Value("${shenbao.demo.enabled:false}") boolean demo) {
		List<ProgramDefinition> programs = load(LOCATION);
		if (demo) {
			LocalDate today = LocalDate.now(clock);
			programs = programs.stream().map(program -> openOn(program, today)).toList();
		}
		Map<String, ProgramDefinition> codes = new LinkedHashMap<>();
		programs.forEach(program -> codes.put(program.code(), program));
		this.byCode = java.util.Collections.unmodifiableMap(codes);
		log.info("Loaded {} programs: {}", codes.size(), codes.keySet());
	}

	@Override
	public List<ProgramDefinition> all() {
		return List.copyOf(this.byCode.values());
	}

	@Override
	public Optional<ProgramDefinition> find(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	@Override
	public ProgramDefinition get(String code) {
		return find(code).orElseThrow(() -> new NotFound("program.not-found", code));
	}

	/** Reads and checks every program file at {@code location}; a broken file throws with file, path and reason. */
	public static List<ProgramDefinition> load(String location) {
		YAMLMapper mapper = YAMLMapper.builder().build();
		ProgramFileReader reader = new ProgramFileReader();
		List<ProgramDefinition> programs = new ArrayList<>();
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location);
			for (Resource resource : resources) {
				String file = String.valueOf(resource.getFilename());
				JsonNode tree;
				try (InputStream in = resource.getInputStream()) {
					tree = mapper.readTree(in);
				}
				ProgramDefinition program = reader.read(new YamlNode(file, "", tree));
				if (!file.equals(program.code() + ".yaml")) {
					throw new ProgramFileException(file, "code", "must equal the file name (" + program.code() + ")");
				}
				ProgramInvariants.check(file, program);
				programs.add(program);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read program files at " + location, ex);
		}
		programs.sort(Comparator.comparing(ProgramDefinition::code));
		return programs;
	}

	private static ProgramDefinition openOn(ProgramDefinition program, LocalDate today) {
		Windows windows = program.windows();
		Duration shift = Duration.between(windows.apply().opens(), today.minusDays(7).atStartOfDay());
		Windows moved = new Windows(
				new Windows.Window(windows.apply().opens().plus(shift), windows.apply().closes().plus(shift)),
				plus(windows.countyCloses(), shift), plus(windows.cityCloses(), shift),
				plus(windows.lettersClose(), shift));
		return new ProgramDefinition(program.code(), program.name(), program.year(), program.revision(),
				program.province(), program.source(), program.description(), moved, program.chain(), program.quotas(),
				program.sections(), program.derived(), program.eligibility(), program.indicators(),
				program.pastSelections());
	}

	private static @Nullable LocalDateTime plus(@Nullable LocalDateTime time, Duration shift) {
		return time == null ? null : time.plus(shift);
	}

}
