package shenbao.guide;

/** A unit on a guide's named list (企业名称 + 统一社会信用代码, as imported). */
public record NamedUnit(String creditCode, String name) {
}
