package shenbao.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * STYLE "Naming": Chinese text lives in the zh_CN bundles, each with an English twin carrying the same keys, and
 * templates only refer to keys that exist (petclinic's I18nPropertiesSyncTest, adapted to per-module bundles).
 */
class I18nBundlesTests {

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.\\-]+)");

	private static final Pattern THYMELEAF_COMMENT = Pattern.compile("<!--/\\*.*?\\*/-->", Pattern.DOTALL);

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	@Test
	void everyBundleHasAChineseAndAnEnglishFileWithTheSameKeys() throws IOException {
		for (Resource english : resources("classpath*:i18n/*.properties")) {
			String name = english.getFilename();
			if (name == null || name.contains("_")) {
				continue;
			}
			String chineseName = name.replace(".properties", "_zh_CN.properties");
			Resource chinese = english.createRelative(chineseName);
			assertThat(chinese.exists()).as("%s has %s", name, chineseName).isTrue();
			assertThat(keys(chinese)).as("keys of %s and %s", chineseName, name).isEqualTo(keys(english));
		}
	}

	@Test
	void templatesUseOnlyKeysThatExistAndNoChineseText() throws IOException {
		Set<String> known = new HashSet<>();
		for (Resource chinese : resources("classpath*:i18n/*_zh_CN.properties")) {
			known.addAll(keys(chinese));
		}
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
				String text = THYMELEAF_COMMENT.matcher(Files.readString(file)).replaceAll("");
				assertThat(HAN.matcher(text).find()).as("Chinese text in %s (use #{…} messages)", file).isFalse();
				Matcher keys = MESSAGE_KEY.matcher(text);
				while (keys.find()) {
					if (!known.contains(keys.group(1))) {
						missing.add(file.getFileName() + ": " + keys.group(1));
					}
				}
			}
		}
		assertThat(missing).as("message keys used in templates but missing from the bundles").isEmpty();
	}

	private static Resource[] resources(String pattern) throws IOException {
		return new PathMatchingResourcePatternResolver().getResources(pattern);
	}

	static Set<String> keys(Resource resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = resource.getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}
