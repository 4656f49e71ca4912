package shenbao.document;

import shenbao.identity.Caller;

/**
 * Who else may read a stored file. {@code GET /files/{id}} serves a file to the unit that uploaded it, and to any
 * caller for whom a {@code FileAccess} bean answers yes: the module that shows a file to others (review: the
 * reviewers whose region and level cover an application that attaches it) declares one. Everyone else gets 404.
 */
public interface FileAccess {

	boolean mayRead(Caller caller, StoredFile file);

}
