package shenbao.admin;

import org.jspecify.annotations.Nullable;

import shenbao.identity.StaffAccount;

/** A managed account with its department (reviewers only; admins belong to their bureau, not a department). */
public record StaffMember(StaffAccount account, @Nullable Long departmentId, @Nullable String departmentName) {
}
