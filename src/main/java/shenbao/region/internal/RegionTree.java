package shenbao.region.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import shenbao.region.Region;
import shenbao.region.RegionLevel;
import shenbao.region.Regions;

/** The tree, read once from the data file. A malformed row stops startup with its line number. */
@Component
class RegionTree implements Regions {

	static final String DATA_FILE = "regions/regions.csv";

	private final Map<String, Region> byCode;

	private final Map<String, List<Region>> childrenByCode;

	RegionTree() {
		this(read(new ClassPathResource(DATA_FILE)));
	}

	RegionTree(List<Region> regions) {
		Map<String, Region> codes = new LinkedHashMap<>();
		Map<String, List<Region>> children = new LinkedHashMap<>();
		for (Region region : regions) {
			if (codes.putIfAbsent(region.code(), region) != null) {
				throw new IllegalStateException("Duplicate region code " + region.code());
			}
			if (region.parentCode() != null) {
				children.computeIfAbsent(region.parentCode(), key -> new ArrayList<>()).add(region);
			}
		}
		for (Region region : regions) {
			if (region.parentCode() != null && !codes.containsKey(region.parentCode())) {
				throw new IllegalStateException("Region " + region.code() + " has unknown parent " + region.parentCode());
			}
		}
		this.byCode = Collections.unmodifiableMap(codes);
		children.replaceAll((code, list) -> List.copyOf(list));
		this.childrenByCode = Collections.unmodifiableMap(children);
	}

	@Override
	public Optional<Region> find(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	@Override
	public List<Region> provinces() {
		return this.byCode.values().stream().filter(region -> region.level() == RegionLevel.PROVINCE).toList();
	}

	@Override
	public List<Region> children(String code) {
		return this.childrenByCode.getOrDefault(code, List.of());
	}

	@Override
	public Optional<Region> cityOf(String code) {
		return ancestorAt(code, RegionLevel.CITY);
	}

	@Override
	public Optional<Region> provinceOf(String code) {
		return ancestorAt(code, RegionLevel.PROVINCE);
	}

	@Override
	public boolean isWithin(String code, String ancestorCode) {
		Region current = this.byCode.get(code);
		while (current != null) {
			if (current.code().equals(ancestorCode)) {
				return true;
			}
			current = current.parentCode() == null ? null : this.byCode.get(current.parentCode());
		}
		return false;
	}

	@Override
	public String fullName(String code) {
		List<String> names = new ArrayList<>();
		Region current = this.byCode.get(code);
		while (current != null) {
			names.addFirst(current.name());
			current = current.parentCode() == null ? null : this.byCode.get(current.parentCode());
		}
		return String.join(" ", names);
	}

	private Optional<Region> ancestorAt(String code, RegionLevel level) {
		Region current = this.byCode.get(code);
		while (current != null && current.level() != level) {
			current = current.parentCode() == null ? null : this.byCode.get(current.parentCode());
		}
		return Optional.ofNullable(current);
	}

	static List<Region> read(ClassPathResource resource) {
		try (InputStream in = resource.getInputStream();
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			List<Region> regions = new ArrayList<>();
			String line;
			int number = 0;
			boolean header = true;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (header) {
					header = false;
					continue;
				}
				regions.add(parse(line, number));
			}
			return regions;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + DATA_FILE, ex);
		}
	}

	private static Region parse(String line, int number) {
		String[] cells = line.split(",", -1);
		if (cells.length != 4 || !cells[0].matches("\\d{6}") || cells[1].isBlank()) {
			throw new IllegalStateException(DATA_FILE + " line " + number + ": expected code,name,level,parent");
		}
		String parent = cells[3].isBlank() ? null : cells[3].trim();
		return new Region(cells[0].trim(), cells[1].trim(), RegionLevel.valueOf(cells[2].trim()), parent);
	}

}
