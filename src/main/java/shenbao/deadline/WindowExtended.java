package shenbao.deadline;

import shenbao.identity.Caller;

/** Published inside the granting transaction, so that the affected applications' 办理记录 show the extension. */
public record WindowExtended(Caller grantedBy, Extension extension) {
}
