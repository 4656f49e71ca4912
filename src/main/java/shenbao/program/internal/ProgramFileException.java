package shenbao.program.internal;

/** A program file that cannot be used: startup stops with the file, the YAML path and the reason. */
class ProgramFileException extends IllegalStateException {

	ProgramFileException(String file, String path, String reason) {
		super(file + ": " + (path.isEmpty() ? "" : path + ": ") + reason);
	}

}
