package shenbao.portal;

import org.jspecify.annotations.Nullable;

/** 联系方式 of a bureau: the province office first, then each 市州 (seed 000 附件2). */
public record Contact(String bureau, String person, String phone, @Nullable String email, @Nullable String regionCode) {
}
