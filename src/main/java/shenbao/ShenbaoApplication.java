package shenbao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** 工业技术创新服务平台 (Shenbao): one deployment serves one province's 专题申报 end to end. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ShenbaoApplication {

	public static void main(String[] args) {
		SpringApplication.run(ShenbaoApplication.class, args);
	}

}
